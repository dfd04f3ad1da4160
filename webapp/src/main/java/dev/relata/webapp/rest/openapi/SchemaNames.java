package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.model.EntityDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type name each entity goes by in the document ({@code service_request} → {@code
 * ServiceRequest}), from which its schema names ({@code ServiceRequestRecord}), operationIds
 * ({@code listServiceRequestRecords}) and tag follow. Entity names are {@code [a-z][a-z0-9_]*}, so
 * two can only meet on one type name through underscores ({@code a_b} and {@code a__b}); the later
 * one, in name order, then keeps its underscores so that every name stays unique.
 */
final class SchemaNames {
  private final Map<String, String> byEntity = new HashMap<>();

  SchemaNames(List<EntityDefinition> entities) {
    Map<String, String> taken = new HashMap<>();
    entities.stream()
        .map(EntityDefinition::name)
        .sorted()
        .forEach(
            name -> {
              String type = pascal(name);
              if (taken.containsKey(type)) {
                type = Character.toUpperCase(name.charAt(0)) + name.substring(1);
              }
              taken.put(type, name);
              byEntity.put(name, type);
            });
  }

  /** The type name of an entity in this document. */
  String type(String entity) {
    String type = byEntity.get(entity);
    if (type == null) {
      throw new IllegalArgumentException("Not in this document: " + entity);
    }
    return type;
  }

  String record(String entity) {
    return type(entity) + "Record";
  }

  String input(String entity) {
    return type(entity) + "RecordInput";
  }

  String update(String entity) {
    return type(entity) + "RecordUpdate";
  }

  String page(String entity) {
    return type(entity) + "RecordPage";
  }

  static String pascal(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
