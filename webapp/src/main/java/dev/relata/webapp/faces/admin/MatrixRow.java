package dev.relata.webapp.faces.admin;

import java.io.Serializable;
import java.util.List;

/**
 * One record type's line of the permission matrix on the permissions page: a scope per action, as
 * loaded and as the administrator has chosen it since.
 */
public final class MatrixRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String entity;
  private final String label;
  private final List<Cell> cells;

  MatrixRow(String entity, String label, List<Cell> cells) {
    this.entity = entity;
    this.label = label;
    this.cells = List.copyOf(cells);
  }

  /** One action's scope: the one in force when the page loaded, and the one chosen. */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String action;
    private String loaded;
    private String scope;

    Cell(String action, String scope) {
      this.action = action;
      this.loaded = scope;
      this.scope = scope;
    }

    public String getAction() {
      return action;
    }

    public String getLoaded() {
      return loaded;
    }

    public String getScope() {
      return scope;
    }

    public void setScope(String scope) {
      this.scope = scope;
    }

    public boolean isChanged() {
      return !loaded.equals(scope);
    }

    /** The chosen scope is now the one in force. */
    void saved() {
      loaded = scope;
    }

    void discard() {
      scope = loaded;
    }
  }

  public String getEntity() {
    return entity;
  }

  public String getLabel() {
    return label;
  }

  public List<Cell> getCells() {
    return cells;
  }

  boolean isChanged() {
    return cells.stream().anyMatch(Cell::isChanged);
  }
}
