package dev.relata.metadata.testing;

import dev.relata.metadata.sql.Database;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database itself says about a table, through JDBC {@link DatabaseMetaData}: columns,
 * indexes and foreign keys, with names in lower case (H2 reports upper-case identifiers). Tests use
 * it to check that the runtime schema is what the definitions promise, and that a refused change
 * left it untouched.
 */
public final class SchemaInspector {
  private final Database database;

  public SchemaInspector(Database database) {
    this.database = database;
  }

  /** Column name → SQL type name with size, e.g. {@code c_name → VARCHAR(255)}. */
  public Map<String, String> columns(String table) {
    return database.transaction(
        c -> {
          Map<String, String> columns = new TreeMap<>();
          try (ResultSet rs =
              c.getMetaData().getColumns(null, schema(c), catalogName(table), null)) {
            while (rs.next()) {
              columns.put(
                  lower(rs.getString("COLUMN_NAME")),
                  rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT)
                      + "("
                      + rs.getInt("COLUMN_SIZE")
                      + (rs.getInt("DECIMAL_DIGITS") > 0 ? "," + rs.getInt("DECIMAL_DIGITS") : "")
                      + ")");
            }
          }
          return columns;
        });
  }

  public boolean tableExists(String table) {
    return database.transaction(
        c -> {
          try (ResultSet rs =
              c.getMetaData().getTables(null, schema(c), catalogName(table), null)) {
            return rs.next();
          }
        });
  }

  /** Index name → the column it covers, unique indexes only or all. */
  public Map<String, String> indexes(String table, boolean uniqueOnly) {
    return database.transaction(
        c -> {
          Map<String, String> indexes = new TreeMap<>();
          try (ResultSet rs =
              c.getMetaData()
                  .getIndexInfo(null, schema(c), catalogName(table), uniqueOnly, false)) {
            while (rs.next()) {
              if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                indexes.put(lower(rs.getString("INDEX_NAME")), lower(rs.getString("COLUMN_NAME")));
              }
            }
          }
          return indexes;
        });
  }

  /** Columns that carry a single-column index (or are its first column). */
  public Set<String> indexedColumns(String table) {
    return new TreeSet<>(indexes(table, false).values());
  }

  public Set<String> uniquelyIndexedColumns(String table) {
    return new TreeSet<>(indexes(table, true).values());
  }

  /** Foreign key column → referenced table. */
  public Map<String, String> foreignKeys(String table) {
    return database.transaction(
        c -> {
          Map<String, String> keys = new TreeMap<>();
          try (ResultSet rs =
              c.getMetaData().getImportedKeys(null, schema(c), catalogName(table))) {
            while (rs.next()) {
              keys.put(lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")));
            }
          }
          return keys;
        });
  }

  public long count(String sql) {
    return database.transaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Runs trusted test SQL, e.g. to put rows into a table that has no record service yet. */
  public void execute(String sql) {
    database.execute(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
          }
        });
  }

  /**
   * Inserts a row into a record table with the system columns filled in, as the record service
   * would; for tests below the platform module, which have no record service.
   */
  public void insertRecord(String table, Map<String, Object> columnValues) {
    StringBuilder columns =
        new StringBuilder("owner_id, created_at, created_by, updated_at, updated_by, version");
    StringBuilder marks = new StringBuilder("1, CURRENT_TIMESTAMP, 1, CURRENT_TIMESTAMP, 1, 1");
    columnValues
        .keySet()
        .forEach(
            column -> {
              columns.append(", ").append(column);
              marks.append(", ?");
            });
    database.execute(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : columnValues.values()) {
              ps.setObject(i++, value);
            }
            ps.executeUpdate();
          }
        });
  }

  /** The values of one column of a table, in id order. */
  public List<Object> values(String table, String column) {
    return database.transaction(
        c -> {
          List<Object> values = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT " + column + " FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
              values.add(rs.getObject(1));
            }
          }
          return values;
        });
  }

  private String catalogName(String identifier) {
    return database.dialect().catalogName(identifier);
  }

  private static String schema(Connection c) throws SQLException {
    return c.getSchema();
  }

  private static String lower(String identifier) {
    return identifier.toLowerCase(Locale.ROOT);
  }
}
