package dev.relata.metadata.files;

import com.fasterxml.jackson.databind.JsonNode;
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
      throw RelataException.badRequest(
          "Send {\"entities\": {\"<name>.json\": {definition}, …}} as exported.");
    }
    if (files.size() > MAX_ENTITIES) {
      throw RelataException.badRequest("Import at most " + MAX_ENTITIES + " entities at once.");
    }
    List<EntityDefinition> entities = new ArrayList<>();
    for (var it = files.fields(); it.hasNext(); ) {
      var entry = it.next();
      EntityDefinition entity;
      try {
        entity = DefinitionJson.readEntity(entry.getValue());
      } catch (RelataException e) {
        throw new RelataException(e.kind(), entry.getKey() + ": " + e.getMessage(), e.problems());
      }
      if (entity.table() != null || entity.fields().stream().anyMatch(f -> f.column() != null)) {
        throw RelataException.badRequest(
            entry.getKey()
                + ": physical names (table, column) cannot be imported; the platform assigns them.");
      }
      if (entity.deleted() || entity.fields().stream().anyMatch(f -> f.deleted())) {
        throw RelataException.badRequest(
            entry.getKey()
                + ": 'deleted' cannot be imported;"
                + " leave deleted fields out of the file (import never deletes).");
      }
      if (!entry.getKey().equals(entity.name() + ".json")) {
        throw RelataException.badRequest(
            "The file "
                + entry.getKey()
                + " holds entity '"
                + entity.name()
                + "'; name it "
                + entity.name()
                + ".json.");
      }
      entities.add(entity);
    }
    return entities;
  }
}
