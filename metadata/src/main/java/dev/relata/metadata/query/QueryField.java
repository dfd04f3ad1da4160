package dev.relata.metadata.query;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.SystemField;
import java.util.LinkedHashMap;
import java.util.Map;

/** A field a query may name: an active field of the entity, or a system field. */
public record QueryField(String name, String column, FieldType type, FieldDefinition definition) {

  /** Every field of the entity that a filter or sort may use, by API name. */
  public static Map<String, QueryField> of(EntityDefinition entity) {
    Map<String, QueryField> fields = new LinkedHashMap<>();
    for (SystemField system : SystemField.values()) {
      FieldType type =
          switch (system) {
            case OWNER, CREATED_BY, UPDATED_BY -> FieldType.USER;
            case CREATED_AT, UPDATED_AT -> FieldType.DATETIME;
            default -> FieldType.INTEGER;
          };
      fields.put(
          system.apiName(),
          new QueryField(
              system.apiName(),
              system.column(),
              type,
              FieldDefinition.builder(system.apiName(), type).build()));
    }
    for (FieldDefinition field : entity.activeFields()) {
      fields.put(field.name(), new QueryField(field.name(), field.column(), field.type(), field));
    }
    return fields;
  }
}
