package dev.relata.webapp.faces.records;

import java.io.Serializable;
import java.util.Map;

/** One row of a list: the record's id and each field's value already formatted as text. */
public final class RecordRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long id;
  private final Map<String, String> cells;

  public RecordRow(long id, Map<String, String> cells) {
    this.id = id;
    this.cells = Map.copyOf(cells);
  }

  public long getId() {
    return id;
  }

  public Map<String, String> getCells() {
    return cells;
  }
}
