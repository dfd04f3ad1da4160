package dev.relata.webapp.faces.records;

import java.io.Serializable;
import java.util.Objects;

/** A record or user picked in an autocomplete: its id, and its name to show. */
public final class LookupChoice implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long id;
  private final String name;

  public LookupChoice(long id, String name) {
    this.id = id;
    this.name = name == null || name.isBlank() ? "#" + id : name;
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LookupChoice c && c.id == id;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return name;
  }
}
