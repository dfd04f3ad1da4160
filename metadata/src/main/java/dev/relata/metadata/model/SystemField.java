package dev.relata.metadata.model;

/**
 * Columns every record table has, with their API names. They are not fields: they cannot be
 * defined, changed or deleted, and no field may take their names.
 */
public enum SystemField {
  ID("id", "id"),
  OWNER("owner", "owner_id"),
  CREATED_AT("createdAt", "created_at"),
  CREATED_BY("createdBy", "created_by"),
  UPDATED_AT("updatedAt", "updated_at"),
  UPDATED_BY("updatedBy", "updated_by"),
  VERSION("version", "version");

  private final String apiName;
  private final String column;

  SystemField(String apiName, String column) {
    this.apiName = apiName;
    this.column = column;
  }

  public String apiName() {
    return apiName;
  }

  public String column() {
    return column;
  }

  public static SystemField fromApiName(String name) {
    for (SystemField f : values()) {
      if (f.apiName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
