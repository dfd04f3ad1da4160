package dev.relata.webapp.faces.records;

import java.io.Serializable;

/** One line of a record's history as the detail page shows it. */
public final class HistoryRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String at;
  private final String by;
  private final String what;
  private final String before;
  private final String after;

  public HistoryRow(String at, String by, String what, String before, String after) {
    this.at = at;
    this.by = by;
    this.what = what;
    this.before = before;
    this.after = after;
  }

  public String getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }

  public String getWhat() {
    return what;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
