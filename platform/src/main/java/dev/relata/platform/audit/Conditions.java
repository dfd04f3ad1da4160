package dev.relata.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a log query, built from fixed column names and bound parameters only: filter
 * text never becomes SQL, and LIKE wildcards in it are escaped so that {@code %} matches a percent
 * sign and nothing else.
 */
final class Conditions {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  Conditions from(String column, Instant from) {
    if (from != null) {
      add(column + " >= ?", Timestamp.from(from));
    }
    return this;
  }

  Conditions before(String column, Instant to) {
    if (to != null) {
      add(column + " < ?", Timestamp.from(to));
    }
    return this;
  }

  Conditions equal(String column, Object value) {
    if (value != null) {
      add(column + " = ?", value);
    }
    return this;
  }

  Conditions containsIgnoringCase(String column, String text) {
    if (text != null) {
      add("LOWER(" + column + ") LIKE ? ESCAPE '\\'",
          "%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
    }
    return this;
  }

  Conditions startsWith(String column, String text) {
    if (text != null) {
      add(column + " LIKE ? ESCAPE '\\'", escape(text) + "%");
    }
    return this;
  }

  String where() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Prepares the statement and binds the conditions' parameters, then the extra ones. */
  PreparedStatement prepare(Connection c, String sql, Object... extra) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      int index = 1;
      for (Object value : parameters) {
        ps.setObject(index++, value);
      }
      for (Object value : extra) {
        ps.setObject(index++, value);
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM " + table + where());
        java.sql.ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void add(String clause, Object value) {
    clauses.add(clause);
    parameters.add(value);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
