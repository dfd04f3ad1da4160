package dev.relata.webapp.faces.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What differs between the before and after states of an audit entry, field by field: nested
 * objects become dotted paths ({@code labels.en}), and lists of named things (fields by {@code
 * name}, options by {@code value}) are keyed by that name, so that adding one field shows as that
 * field's lines rather than as a changed list.
 */
public final class StateDiff {
  private StateDiff() {}

  /** One path whose value differs; "" stands for a value that does not exist on that side. */
  public record Change(String path, String before, String after) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public static List<Change> between(JsonNode before, JsonNode after) {
    Map<String, String> old = flatten(before);
    Map<String, String> now = flatten(after);
    TreeSet<String> paths = new TreeSet<>(old.keySet());
    paths.addAll(now.keySet());
    List<Change> changes = new ArrayList<>();
    for (String path : paths) {
      if (!Objects.equals(old.get(path), now.get(path))) {
        changes.add(new Change(path, old.getOrDefault(path, ""), now.getOrDefault(path, "")));
      }
    }
    return changes;
  }

  private static Map<String, String> flatten(JsonNode state) {
    Map<String, String> flat = new LinkedHashMap<>();
    if (state != null && !state.isNull()) {
      flattenInto(flat, "", state);
    }
    return flat;
  }

  private static void flattenInto(Map<String, String> flat, String path, JsonNode node) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        flat.put(path, "{}");
      }
      node.fields().forEachRemaining(e -> flattenInto(flat, join(path, e.getKey()), e.getValue()));
    } else if (node.isArray() && keyedBy(node) != null) {
      String key = keyedBy(node);
      node.forEach(item -> flattenInto(flat, join(path, item.get(key).asText()), item));
    } else if (node.isArray()) {
      flat.put(path, node.toString());
    } else {
      flat.put(path, node.isNull() ? "null" : node.asText());
    }
  }

  /** The property that names every element of a list of objects, if there is one. */
  private static String keyedBy(JsonNode array) {
    for (String key : List.of("name", "value")) {
      boolean all = !array.isEmpty();
      for (JsonNode item : array) {
        all &= item.isObject() && item.hasNonNull(key);
      }
      if (all) {
        return key;
      }
    }
    return null;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
