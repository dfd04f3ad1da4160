package dev.relata.metadata.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that belongs to the surrounding transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
