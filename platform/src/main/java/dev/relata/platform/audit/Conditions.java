package dev.relata.platform.audit;

import dev.relata.metadata.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
  /** Reads the log entry at the result set's current row. */
  interface Entry<T> {
    T read(ResultSet rs) throws SQLException;
  }

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
      add(
          "LOWER(" + column + ") LIKE ? ESCAPE '\\'",
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

  /**
   * Prepares the statement, planned for its values since the filters vary (ADR 10), and binds the
   * conditions' parameters, then the extra ones.
   */
  PreparedStatement prepare(Connection c, String sql, Object... extra) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      SqlDialect.planForBoundValues(ps);
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

  /** A page of the entries selected, newest first (ties: the later written first). */
  <T> LogPage<T> page(
      Connection c, String table, String columns, int page, int size, Entry<T> entry)
      throws SQLException {
    String sql =
        "SELECT "
            + columns
            + " FROM "
            + table
            + where()
            + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    List<T> items = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, sql, (long) page * size, size);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        items.add(entry.read(rs));
      }
    }
    return new LogPage<>(items, count(c, table), page, size);
  }

  long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM " + table + where());
        ResultSet rs = ps.executeQuery()) {
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
