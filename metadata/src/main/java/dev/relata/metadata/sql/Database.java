package dev.relata.metadata.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A data source with its dialect and thread-bound transactions: work started inside {@link
 * #transaction} joins the transaction already open on the calling thread, so services compose
 * without passing connections around.
 */
public final class Database {
  private final DataSource dataSource;
  private final SqlDialect dialect;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  public Database(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  public SqlDialect dialect() {
    return dialect;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs the work in a transaction, committing on success and rolling back on any exception. */
  public <T> T transaction(SqlWork<T> work) {
    Connection joined = current.get();
    if (joined != null) {
      try {
        return work.run(joined);
      } catch (SQLException e) {
        throw new DataAccessException("Database operation failed", e);
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      current.set(connection);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly(connection, e);
        throw new DataAccessException("Database operation failed", e);
      } catch (RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      } finally {
        current.remove();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DataAccessException("Could not obtain a database connection", e);
    }
  }

  /**
   * Runs read-only work: inside the caller's transaction if there is one, otherwise on a connection
   * in auto-commit mode, which spares the database a BEGIN and COMMIT per read.
   */
  public <T> T read(SqlWork<T> work) {
    Connection joined = current.get();
    try {
      if (joined != null) {
        return work.run(joined);
      }
      try (Connection connection = dataSource.getConnection()) {
        return work.run(connection);
      }
    } catch (SQLException e) {
      throw new DataAccessException("Database read failed", e);
    }
  }

  /** Whether the calling thread has a transaction open. */
  public boolean inTransaction() {
    return current.get() != null;
  }

  /** Runs a transaction that returns nothing. */
  public void execute(SqlVoidWork work) {
    transaction(
        connection -> {
          work.run(connection);
          return null;
        });
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  /** Work with no result. */
  @FunctionalInterface
  public interface SqlVoidWork {
    void run(Connection connection) throws SQLException;
  }
}
