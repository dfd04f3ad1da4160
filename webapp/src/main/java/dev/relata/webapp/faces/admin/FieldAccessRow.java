package dev.relata.webapp.faces.admin;

import java.io.Serializable;

/**
 * One field's access for a role on the permissions page ({@code hidden}, {@code read} or {@code
 * edit}), as loaded and as the administrator has chosen it since.
 */
public final class FieldAccessRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String entity;
  private final String field;
  private final String label;
  private String loaded;
  private String access;

  FieldAccessRow(String entity, String field, String label, String access) {
    this.entity = entity;
    this.field = field;
    this.label = label;
    this.loaded = access;
    this.access = access;
  }

  public String getEntity() {
    return entity;
  }

  public String getField() {
    return field;
  }

  public String getLabel() {
    return label;
  }

  public String getLoaded() {
    return loaded;
  }

  public String getAccess() {
    return access;
  }

  public void setAccess(String access) {
    this.access = access;
  }

  public boolean isChanged() {
    return !loaded.equals(access);
  }

  void saved() {
    loaded = access;
  }

  void discard() {
    access = loaded;
  }
}
