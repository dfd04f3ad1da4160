package dev.relata.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionJson;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.store.Revision;
import dev.relata.platform.Relata;
import dev.relata.platform.customize.ObjectManager;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every change in the object manager leaves an audit entry with the definition before and after.
 */
class MetadataAuditTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final ObjectManager manager = relata.objectManager();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void creatingAnEntityRecordsItsDefinitionAndRevision() {
    manager.createEntity(admin, gadget());

    AuditEvent event = only("gadget");
    Revision revision = manager.revisions(admin, "gadget", 0, 1).get(0);

    assertThat(event.action()).isEqualTo("entity.create");
    assertThat(event.targetType()).isEqualTo("entity");
    assertThat(event.targetLabel()).isEqualTo("Created entity gadget");
    assertThat(event.actorUsername()).isEqualTo("admin");
    assertThat(event.before()).isNull();
    assertThat(event.after().at("/labels/en").asText()).isEqualTo("Gadget");
    assertThat(event.after().at("/fields/0/name").asText()).isEqualTo("title");
    assertThat(event.after().get("revision").asLong()).isEqualTo(revision.id());
    assertThat(event.after().toString()).doesNotContain("\"table\"", "\"column\"");
  }

  @Test
  void fieldChangesRecordTheFieldBeforeAndAfter() {
    manager.createEntity(admin, gadget());
    manager.addField(
        admin,
        "gadget",
        FieldDefinition.builder("weight", FieldType.INTEGER).labels(Labels.of("Weight")).build());
    manager.patchField(
        admin,
        "gadget",
        "weight",
        DefinitionJson.parse("{\"labels\": {\"en\": \"Mass\", \"zh-CN\": \"质量\"}}"));
    manager.deleteField(admin, "gadget", "weight");
    manager.restoreField(admin, "gadget", "weight");

    List<AuditEvent> events = events("gadget");

    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly(
            "entity.field_restore",
            "entity.field_delete",
            "entity.field_update",
            "entity.field_add",
            "entity.create");
    AuditEvent added = events.get(3);
    assertThat(added.before()).isNull();
    assertThat(added.after().get("name").asText()).isEqualTo("weight");
    AuditEvent patched = events.get(2);
    assertThat(patched.before().at("/labels/en").asText()).isEqualTo("Weight");
    assertThat(patched.after().at("/labels/en").asText()).isEqualTo("Mass");
    assertThat(patched.after().has("fields")).isFalse();
    assertThat(events.get(1).after().get("deleted").asBoolean()).isTrue();
    assertThat(events.get(0).before().get("deleted").asBoolean()).isTrue();
  }

  @Test
  void entityChangesRollbackAndImportAreRecorded() {
    manager.createEntity(admin, gadget());
    manager.updateEntity(admin, "gadget", Labels.of("Widget"), null, null);
    long update = manager.revisions(admin, "gadget", 0, 1).get(0).id();
    manager.rollback(admin, update);
    ObjectNode document = DefinitionJson.mapper().createObjectNode();
    document
        .putObject("entities")
        .set(
            "gizmo.json",
            DefinitionJson.parse(
                "{\"name\":\"gizmo\","
                    + "\"labels\":{\"en\":\"Gizmo\"},\"fields\":[{\"name\":\"title\",\"type\":\"text\","
                    + "\"labels\":{\"en\":\"Title\"}}]}"));
    manager.importFiles(admin, document);
    manager.deleteEntity(admin, "gizmo");

    List<AuditEvent> gadget = events("gadget");
    assertThat(gadget)
        .extracting(AuditEvent::action)
        .containsExactly("entity.rollback", "entity.update", "entity.create");
    assertThat(gadget.get(1).before().at("/labels/en").asText()).isEqualTo("Gadget");
    assertThat(gadget.get(1).after().at("/labels/en").asText()).isEqualTo("Widget");
    assertThat(gadget.get(1).after().has("fields")).isFalse();
    assertThat(gadget.get(0).after().at("/labels/en").asText()).isEqualTo("Gadget");
    assertThat(events("gizmo"))
        .extracting(AuditEvent::action)
        .containsExactly("entity.delete", "entity.create");
    assertThat(events("gizmo").get(0).after().get("deleted").asBoolean()).isTrue();
  }

  @Test
  void aRefusedChangeLeavesNoAuditEntry() {
    manager.createEntity(admin, gadget());

    catchThrowableOfType(
        RelataException.class,
        () ->
            manager.addField(
                admin,
                "gadget",
                FieldDefinition.builder("Bad Name", FieldType.TEXT)
                    .labels(Labels.of("Bad"))
                    .build()));
    catchThrowableOfType(
        RelataException.class, () -> manager.deleteField(admin, "gadget", "title"));

    assertThat(events("gadget")).extracting(AuditEvent::action).containsExactly("entity.create");
    assertThat(manager.catalog().require("gadget").fields()).hasSize(1);
  }

  @Test
  void anUnchangedImportLeavesNoAuditEntry() {
    manager.createEntity(admin, gadget());
    ObjectNode document = DefinitionJson.mapper().createObjectNode();
    document
        .putObject("entities")
        .set(
            "gadget.json",
            DefinitionJson.parse(
                DefinitionJson.write(
                    manager.catalog().require("gadget"), DefinitionJson.View.FILE)));

    manager.importFiles(admin, document);

    assertThat(events("gadget")).hasSize(1);
  }

  private List<AuditEvent> events(String entity) {
    return relata
        .auditTrail()
        .search(admin, new AuditQuery(null, null, null, "entity.", "entity", entity, 0, 50))
        .items();
  }

  private AuditEvent only(String entity) {
    List<AuditEvent> events = events(entity);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static EntityDefinition gadget() {
    return new EntityDefinition(
        "gadget",
        Labels.of("Gadget"),
        Labels.of("Gadgets"),
        "title",
        false,
        false,
        null,
        List.of(
            FieldDefinition.builder("title", FieldType.TEXT)
                .labels(Labels.of("Title"))
                .required(true)
                .build()));
  }
}
