package dev.relata.metadata.files;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration as a set of files, one per entity ({@code customer.json}), in the canonical file
 * view; and back. The same shape travels in one JSON document for the REST API: {@code {"entities":
 * {"customer.json": {…}, …}}}.
 */
public final class DefinitionFiles {
  public static final int MAX_ENTITIES = 500;

  /** The shape of an import document, as the refusal of any other shows it (JSON, not prose). */
  private static final String DOCUMENT_SHAPE = "{\"entities\": {\"<name>.json\": {definition}, …}}";

  private DefinitionFiles() {}

  /** File name → canonical JSON, for every active entity. */
  public static Map<String, String> export(Collection<EntityDefinition> entities) {
    Map<String, String> files = new LinkedHashMap<>();
    for (EntityDefinition entity : entities) {
      if (!entity.deleted()) {
        files.put(
            entity.name() + ".json", DefinitionJson.write(entity, DefinitionJson.View.FILE) + "\n");
      }
    }
    return files;
  }

  /** Reads the entities of an import document; each file's name must match its entity. */
  public static List<EntityDefinition> read(JsonNode document) {
    JsonNode files = document.get("entities");
    if (files == null || !files.isObject()) {
      throw RelataException.badRequest("import.document_shape", DOCUMENT_SHAPE);
    }
    if (files.size() > MAX_ENTITIES) {
      throw RelataException.badRequest("import.too_many_entities", MAX_ENTITIES);
    }
    List<EntityDefinition> entities = new ArrayList<>();
    for (var it = files.fields(); it.hasNext(); ) {
      var entry = it.next();
      EntityDefinition entity;
      try {
        entity = DefinitionJson.readEntity(entry.getValue());
      } catch (RelataException e) {
        throw e.withText(Message.of("import.in_file", entry.getKey(), e.text()));
      }
      if (entity.table() != null || entity.fields().stream().anyMatch(f -> f.column() != null)) {
        throw RelataException.badRequest("import.physical_names", entry.getKey());
      }
      if (entity.deleted() || entity.fields().stream().anyMatch(f -> f.deleted())) {
        throw RelataException.badRequest("import.deleted", entry.getKey());
      }
      if (!entry.getKey().equals(entity.name() + ".json")) {
        throw RelataException.badRequest(
            "import.file_holds_other_entity", entry.getKey(), entity.name());
      }
      entities.add(entity);
    }
    return entities;
  }
}
