package dev.relata.metadata.sql;

import java.sql.SQLException;

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

  /** The JDBC driver class. */
  public String driverClassName() {
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

  public static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  public static boolean isForeignKeyViolation(SQLException e) {
    return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
  }

  /** How the database spells an unquoted identifier in its catalogue. */
  public String catalogName(String identifier) {
    return this == H2 ? identifier.toUpperCase(java.util.Locale.ROOT) : identifier;
  }
}
