package dev.relata.metadata.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/** The two databases Relata runs on, and the few places where their SQL differs. */
public enum SqlDialect {
  H2,
  POSTGRESQL;

  public static SqlDialect fromJdbcUrl(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "Unsupported database URL (use jdbc:postgresql:… or jdbc:h2:…): " + url);
  }

  /**
   * The JDBC driver class. Named explicitly because inside an application server {@code
   * DriverManager} does not see drivers packaged in the web application.
   */
  public String driverClass() {
    return this == POSTGRESQL ? "org.postgresql.Driver" : "org.h2.Driver";
  }

  /** An expression that draws the next value of a sequence. */
  public String nextValue(String sequence) {
    return this == POSTGRESQL ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
  }

  /** PostgreSQL runs DDL inside a transaction; H2 commits it at once. */
  public boolean transactionalDdl() {
    return this == POSTGRESQL;
  }

  /**
   * Makes PostgreSQL plan this statement for its bound values on every execution. A prepared
   * statement otherwise switches to a cached generic plan after five runs, and on skewed CRM data
   * (a rare amount range, a stage a sixth of the rows are in) that plan can scan the whole table
   * (ADR 10). Meant for queries whose filters users write; fixed-shape lookups keep their cached
   * plans. A no-op on H2.
   */
  public static void planForBoundValues(PreparedStatement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }

  public static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** PostgreSQL's lock_timeout (55P03) or H2's lock timeout (HYT00). */
  public static boolean isLockTimeout(SQLException e) {
    return "55P03".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState());
  }

  public static boolean isForeignKeyViolation(SQLException e) {
    return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
  }

  /** How the database spells an unquoted identifier in its catalogue. */
  public String catalogName(String identifier) {
    return this == H2 ? identifier.toUpperCase(java.util.Locale.ROOT) : identifier;
  }
}
