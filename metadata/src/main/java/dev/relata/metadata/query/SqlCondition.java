package dev.relata.metadata.query;

import java.util.List;

/** A piece of SQL with its bind parameters, in order. */
public record SqlCondition(String sql, List<Object> parameters) {
  public SqlCondition {
    parameters = List.copyOf(parameters);
  }
}
