package dev.relata.webapp.faces.records;

import java.io.Serializable;

/** A list column: the field's api name (also the sort key) and its label. */
public final class Column implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final String label;
  private final boolean sortable;

  public Column(String name, String label, boolean sortable) {
    this.name = name;
    this.label = label;
    this.sortable = sortable;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public boolean isSortable() {
    return sortable;
  }
}
