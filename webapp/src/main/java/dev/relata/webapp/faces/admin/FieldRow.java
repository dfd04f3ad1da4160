package dev.relata.webapp.faces.admin;

import java.io.Serializable;

/** One field in the object manager's field table. */
public final class FieldRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final String label;
  private final String type;
  private final String details;
  private final boolean required;
  private final boolean unique;
  private final boolean deleted;
  private final boolean nameField;

  public FieldRow(
      String name,
      String label,
      String type,
      String details,
      boolean required,
      boolean unique,
      boolean deleted,
      boolean nameField) {
    this.name = name;
    this.label = label;
    this.type = type;
    this.details = details;
    this.required = required;
    this.unique = unique;
    this.deleted = deleted;
    this.nameField = nameField;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public String getType() {
    return type;
  }

  public String getDetails() {
    return details;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isUnique() {
    return unique;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public boolean isNameField() {
    return nameField;
  }
}
