package dev.relata.metadata.sql;

import java.sql.SQLException;

/** A database failure that no caller can handle better than by failing the request. */
public class DataAccessException extends RuntimeException {
  public DataAccessException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  public SQLException sqlException() {
    return (SQLException) getCause();
  }
}
