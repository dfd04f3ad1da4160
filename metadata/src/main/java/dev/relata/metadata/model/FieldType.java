package dev.relata.metadata.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of value a field can hold, by their API names. */
public enum FieldType {
  TEXT("text"),
  LONGTEXT("longtext"),
  INTEGER("integer"),
  DECIMAL("decimal"),
  CURRENCY("currency"),
  PERCENT("percent"),
  DATE("date"),
  DATETIME("datetime"),
  BOOLEAN("boolean"),
  PICKLIST("picklist"),
  MULTIPICKLIST("multipicklist"),
  EMAIL("email"),
  PHONE("phone"),
  URL("url"),
  LOOKUP("lookup"),
  USER("user"),
  AUTONUMBER("autonumber");

  private final String apiName;

  FieldType(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  /** Returns the type with this API name, or null if there is none. */
  public static FieldType fromApiName(String apiName) {
    for (FieldType type : values()) {
      if (type.apiName.equals(apiName)) {
        return type;
      }
    }
    return null;
  }

  public static String allApiNames() {
    return Arrays.stream(values()).map(FieldType::apiName).collect(Collectors.joining(", "));
  }

  /** Types stored as character data with a maximum length. */
  public boolean isText() {
    return switch (this) {
      case TEXT, LONGTEXT, EMAIL, PHONE, URL, PICKLIST, MULTIPICKLIST, AUTONUMBER -> true;
      default -> false;
    };
  }

  /** Types stored as exact decimals with precision and scale. */
  public boolean isDecimal() {
    return this == DECIMAL || this == CURRENCY || this == PERCENT;
  }

  /** Types whose value is the id of another row. */
  public boolean isReference() {
    return this == LOOKUP || this == USER;
  }

  public boolean hasOptions() {
    return this == PICKLIST || this == MULTIPICKLIST;
  }
}
