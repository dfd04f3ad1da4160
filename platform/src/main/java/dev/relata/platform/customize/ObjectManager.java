package dev.relata.platform.customize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionFiles;
import dev.relata.metadata.files.DefinitionJson;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.store.Revision;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.Actor;
import java.util.List;
import java.util.Map;

/**
 * Administrators' changes to definitions, and the reads the object manager needs. Every change
 * requires an administrator and is recorded as a revision under the actor's username and as an
 * entry of the admin audit log, in the same transaction.
 */
public final class ObjectManager {
  private final MetadataService metadata;
  private final MetadataAudit audit;

  public ObjectManager(MetadataService metadata, Database database, AuditLog auditLog) {
    this.metadata = metadata;
    this.audit = new MetadataAudit(metadata, database, auditLog);
  }

  public Catalog catalog() {
    return metadata.catalog();
  }

  public EntityDefinition createEntity(Actor actor, EntityDefinition draft) {
    actor.require(SystemPermission.CUSTOMIZE);
    if (draft.table() != null || draft.fields().stream().anyMatch(f -> f.column() != null)) {
      throw RelataException.badRequest("entity.physical_names");
    }
    if (draft.system()) {
      throw RelataException.badRequest("entity.system_reserved");
    }
    return audit.run(actor, null, () -> metadata.createEntity(draft, actor.username()));
  }

  public EntityDefinition updateEntity(
      Actor actor, String name, Labels labels, Labels pluralLabels, String nameField) {
    actor.require(SystemPermission.CUSTOMIZE);
    return audit.run(
        actor,
        null,
        () -> metadata.updateEntity(name, labels, pluralLabels, nameField, actor.username()));
  }

  public EntityDefinition deleteEntity(Actor actor, String name) {
    actor.require(SystemPermission.CUSTOMIZE);
    return audit.run(actor, null, () -> metadata.deleteEntity(name, actor.username()));
  }

  public EntityDefinition addField(Actor actor, String entity, FieldDefinition field) {
    actor.require(SystemPermission.CUSTOMIZE);
    if (field.column() != null) {
      throw RelataException.badRequest("field.column_assigned");
    }
    return audit.run(actor, field.name(), () -> metadata.addField(entity, field, actor.username()));
  }

  /**
   * Changes a field by a partial definition: the properties given replace the current ones. The
   * name cannot change.
   */
  public EntityDefinition patchField(Actor actor, String entity, String fieldName, JsonNode patch) {
    actor.require(SystemPermission.CUSTOMIZE);
    if (!patch.isObject()) {
      throw RelataException.badRequest("field.patch_not_object");
    }
    if (patch.has("name") && !fieldName.equals(patch.get("name").asText())) {
      throw RelataException.invalid("name", "read_only", "field.rename");
    }
    for (String systemOwned : List.of("column", "deleted")) {
      if (patch.has(systemOwned)) {
        throw systemOwned.equals("deleted")
            ? RelataException.badRequest("field.deleted_read_only")
            : RelataException.badRequest("field.property_read_only", systemOwned);
      }
    }
    EntityDefinition current = metadata.catalog().require(entity);
    FieldDefinition field =
        current
            .activeField(fieldName)
            .orElseThrow(() -> RelataException.notFound("field.not_found", entity, fieldName));
    ObjectNode merged = DefinitionJson.toNode(field, DefinitionJson.View.API);
    merged.remove("deleted");
    if (patch.has("type")) {
      for (String typeSpecific :
          List.of("length", "precision", "scale", "options", "target", "pattern")) {
        if (!patch.has(typeSpecific)) {
          merged.remove(typeSpecific);
        }
      }
    }
    patch.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
    FieldDefinition changed = DefinitionJson.readField(merged);
    return audit.run(
        actor, fieldName, () -> metadata.updateField(entity, changed, actor.username()));
  }

  public EntityDefinition updateField(Actor actor, String entity, FieldDefinition field) {
    actor.require(SystemPermission.CUSTOMIZE);
    return audit.run(
        actor, field.name(), () -> metadata.updateField(entity, field, actor.username()));
  }

  public EntityDefinition deleteField(Actor actor, String entity, String field) {
    actor.require(SystemPermission.CUSTOMIZE);
    return audit.run(actor, field, () -> metadata.deleteField(entity, field, actor.username()));
  }

  public EntityDefinition restoreField(Actor actor, String entity, String field) {
    actor.require(SystemPermission.CUSTOMIZE);
    return audit.run(actor, field, () -> metadata.restoreField(entity, field, actor.username()));
  }

  public List<Revision> revisions(Actor actor, String entity, int page, int size) {
    actor.require(SystemPermission.CUSTOMIZE);
    return metadata.revisions(entity, page, size);
  }

  public long countRevisions(Actor actor, String entity) {
    actor.require(SystemPermission.CUSTOMIZE);
    return metadata.countRevisions(entity);
  }

  public Revision revision(Actor actor, long id) {
    actor.require(SystemPermission.CUSTOMIZE);
    return metadata.revision(id);
  }

  public EntityDefinition rollback(Actor actor, long revisionId) {
    actor.require(SystemPermission.CUSTOMIZE);
    return audit.run(actor, null, () -> metadata.rollback(revisionId, actor.username()));
  }

  public Map<String, String> export(Actor actor) {
    actor.require(SystemPermission.CUSTOMIZE);
    return DefinitionFiles.export(metadata.catalog().active());
  }

  public List<EntityDefinition> importFiles(Actor actor, JsonNode document) {
    actor.require(SystemPermission.CUSTOMIZE);
    List<EntityDefinition> definitions = DefinitionFiles.read(document);
    for (EntityDefinition definition : definitions) {
      boolean standard =
          metadata
              .catalog()
              .findIncludingDeleted(definition.name())
              .map(EntityDefinition::system)
              .orElse(false);
      if (definition.system() && !standard) {
        throw RelataException.badRequest(
            "import.in_file", definition.name() + ".json", Message.of("import.system_reserved"));
      }
    }
    return audit.run(actor, null, () -> metadata.importDefinitions(definitions, actor.username()));
  }
}
