package dev.relata.metadata.schema;

import dev.relata.metadata.model.FieldDefinition;

/** The SQL column type of each field type; the same spelling works on H2 and PostgreSQL. */
public final class ColumnTypes {
  private ColumnTypes() {}

  public static String of(FieldDefinition field) {
    return switch (field.type()) {
      case TEXT, LONGTEXT, EMAIL, PHONE, URL, PICKLIST, MULTIPICKLIST, AUTONUMBER ->
          "VARCHAR(" + field.length() + ")";
      case INTEGER, LOOKUP, USER -> "BIGINT";
      case DECIMAL, CURRENCY, PERCENT -> "NUMERIC(" + field.precision() + "," + field.scale() + ")";
      case DATE -> "DATE";
      case DATETIME -> "TIMESTAMP WITH TIME ZONE";
      case BOOLEAN -> "BOOLEAN";
    };
  }
}
