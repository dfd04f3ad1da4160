package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.access.FieldPermission;
import dev.relata.platform.access.PermissionCell;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The access policy's parts on the wire: lists of {@code {"entity","action","scope"}}, {@code
 * {"entity","field","access"}} and permission names. Strict: an item with a missing, extra or
 * non-text member is refused with its index.
 */
final class AccessJson {
  private AccessJson() {}

  static List<PermissionCell> cells(String body) {
    List<PermissionCell> cells = new ArrayList<>();
    List<JsonNode> items = list(body);
    for (int i = 0; i < items.size(); i++) {
      Map<String, String> item = item(items.get(i), i, List.of("entity", "action", "scope"));
      cells.add(new PermissionCell(item.get("entity"), item.get("action"), item.get("scope")));
    }
    return cells;
  }

  static List<FieldPermission> fields(String body) {
    List<FieldPermission> fields = new ArrayList<>();
    List<JsonNode> items = list(body);
    for (int i = 0; i < items.size(); i++) {
      Map<String, String> item = item(items.get(i), i, List.of("entity", "field", "access"));
      fields.add(new FieldPermission(item.get("entity"), item.get("field"), item.get("access")));
    }
    return fields;
  }

  static List<String> names(String body) {
    List<String> names = new ArrayList<>();
    List<JsonNode> items = list(body);
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isTextual()) {
        throw RelataException.badRequest("api.access.item_not_text", i);
      }
      names.add(items.get(i).textValue());
    }
    return names;
  }

  private static List<JsonNode> list(String body) {
    JsonNode json = Json.parse(body);
    if (!json.isArray()) {
      throw RelataException.badRequest("api.access.not_list");
    }
    List<JsonNode> items = new ArrayList<>();
    json.forEach(items::add);
    return items;
  }

  private static Map<String, String> item(JsonNode node, int index, List<String> members) {
    if (!node.isObject()) {
      throw RelataException.badRequest(
          "api.access.item_not_object", index, String.join(", ", members));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!members.contains(name)) {
        throw RelataException.badRequest(
            "api.access.item_member", index, name, String.join(", ", members));
      }
    }
    Map<String, String> values = new java.util.HashMap<>();
    for (String member : members) {
      JsonNode value = node.get(member);
      if (value == null || !value.isTextual()) {
        throw RelataException.badRequest("api.access.item_missing", index, member);
      }
      values.put(member, value.textValue());
    }
    return values;
  }
}
