package dev.relata.metadata.files;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.model.EntityDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between two versions of a definition, as a list of paths with their old and new
 * values ({@code fields.amount.length: 18 → 20}). Fields are keyed by name, not position, so that
 * adding a field shows as one change.
 */
public final class DefinitionDiff {
  private DefinitionDiff() {}

  /** One changed value; {@code before} or {@code after} is null when the path is new or gone. */
  public record Change(String path, String before, String after) {}

  public static List<Change> between(EntityDefinition before, EntityDefinition after) {
    Map<String, String> old = flatten(before);
    Map<String, String> now = flatten(after);
    List<Change> changes = new ArrayList<>();
    for (String path : new TreeSet<>(union(old, now))) {
      if (!Objects.equals(old.get(path), now.get(path))) {
        changes.add(new Change(path, old.get(path), now.get(path)));
      }
    }
    return changes;
  }

  private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
    java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static Map<String, String> flatten(EntityDefinition entity) {
    Map<String, String> flat = new LinkedHashMap<>();
    if (entity == null) {
      return flat;
    }
    JsonNode node = DefinitionJson.toNode(entity, DefinitionJson.View.API);
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getKey().equals("fields")) {
                e.getValue()
                    .forEach(
                        field -> flattenInto(flat, "fields." + field.get("name").asText(), field));
              } else {
                flattenInto(flat, e.getKey(), e.getValue());
              }
            });
    return flat;
  }

  private static void flattenInto(Map<String, String> flat, String path, JsonNode node) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flattenInto(flat, path + "." + e.getKey(), e.getValue()));
    } else if (node.isArray() && path.endsWith(".options")) {
      node.forEach(o -> flattenInto(flat, path + "." + o.path("value").asText(), o));
    } else if (node.isArray()) {
      flat.put(path, node.toString());
    } else {
      flat.put(path, node.asText());
    }
  }
}
