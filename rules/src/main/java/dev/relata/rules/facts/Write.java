package dev.relata.rules.facts;

import dev.relata.rules.api.WriteKind;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The write as a fact: {@code Write( create )}, {@code Write( update, changed("stage") )}, {@code
 * Write( before["stage"] == "won" )}.
 */
public final class Write {
  private final String entity;
  private final WriteKind kind;
  private final Map<String, Object> before;
  private final Function<String, Object> current;

  /**
   * @param current reads a field of the record as it stands now, rules' changes included
   */
  public Write(
      String entity, WriteKind kind, Map<String, Object> before, Function<String, Object> current) {
    this.entity = entity;
    this.kind = kind;
    this.before = before;
    this.current = current;
  }

  /** The api name of the entity written. */
  public String getEntity() {
    return entity;
  }

  public boolean isCreate() {
    return kind == WriteKind.CREATE;
  }

  public boolean isUpdate() {
    return kind == WriteKind.UPDATE;
  }

  /** The stored values before an update, by field api name; empty for a create. */
  public Map<String, Object> getBefore() {
    return before;
  }

  /**
   * Whether the field's value differs from the stored one; for a create, whether it has a value.
   */
  public boolean changed(String field) {
    return !Objects.equals(before.get(field), current.apply(field));
  }

  @Override
  public String toString() {
    return "Write(" + entity + ", " + kind + ")";
  }
}
