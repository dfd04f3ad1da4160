package dev.relata.platform.records;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.SystemField;
import dev.relata.metadata.query.Filter;
import dev.relata.metadata.query.FilterParser;
import dev.relata.metadata.query.QueryField;
import dev.relata.metadata.query.SortKey;
import dev.relata.metadata.query.SqlCondition;
import dev.relata.metadata.query.SqlQueryWriter;
import dev.relata.metadata.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL for one entity's table, built from its definition: the column list, single-row reads and
 * writes, and list queries. Columns come from metadata only.
 */
final class RecordTable {
  private final EntityDefinition entity;
  private final List<QueryField> columns;
  private final String selectList;
  private final String[] columnNames;

  RecordTable(EntityDefinition entity) {
    this.entity = entity;
    this.columns = List.copyOf(QueryField.of(entity).values());
    this.columnNames = columns.stream().map(QueryField::column).toArray(String[]::new);
    this.selectList = String.join(", ", columnNames);
  }

  EntityDefinition entity() {
    return entity;
  }

  Optional<Map<String, Object>> find(Connection c, long id, boolean deleted) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + selectList + " FROM " + entity.table() + " WHERE id = ? AND deleted = ?")) {
      ps.setLong(1, id);
      ps.setBoolean(2, deleted);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  /** Inserts a record and returns it as stored, read back in the same statement. */
  Map<String, Object> insert(
      Connection c, Map<String, Object> values, long owner, long actor, Instant now)
      throws SQLException {
    List<String> names =
        new ArrayList<>(
            List.of("owner_id", "created_at", "created_by", "updated_at", "updated_by", "version"));
    List<Object> params = new ArrayList<>(List.of(owner, now, actor, now, actor, 1L));
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      names.add(column(entry.getKey()));
      params.add(entry.getValue());
    }
    String marks = String.join(", ", names.stream().map(n -> "?").toList());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO "
                + entity.table()
                + " ("
                + String.join(", ", names)
                + ") VALUES ("
                + marks
                + ")",
            columnNames)) {
      bindAll(ps, params);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return row(keys);
      }
    }
  }

  /** Updates if the version matches; false when the row is gone or was changed meanwhile. */
  boolean update(
      Connection c,
      long id,
      long version,
      Map<String, Object> values,
      Long owner,
      long actor,
      Instant now)
      throws SQLException {
    List<String> sets =
        new ArrayList<>(List.of("updated_at = ?", "updated_by = ?", "version = version + 1"));
    List<Object> params = new ArrayList<>(List.of(now, actor));
    if (owner != null) {
      sets.add("owner_id = ?");
      params.add(owner);
    }
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      sets.add(column(entry.getKey()) + " = ?");
      params.add(entry.getValue());
    }
    params.add(id);
    params.add(version);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + entity.table()
                + " SET "
                + String.join(", ", sets)
                + " WHERE id = ? AND version = ? AND deleted = FALSE")) {
      bindAll(ps, params);
      return ps.executeUpdate() == 1;
    }
  }

  /** Moves a record to or from the recycle bin; false if it was not in the expected state. */
  boolean setDeleted(Connection c, long id, boolean deleted, long actor, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + entity.table()
                + " SET deleted = ?, deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND deleted = ?")) {
      bindAll(ps, List.of(deleted, deleted ? now : Instant.EPOCH, now, actor, id, !deleted));
      if (!deleted) {
        ps.setNull(2, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      }
      return ps.executeUpdate() == 1;
    }
  }

  /** A page of the records that match the query's filter and {@code readable}. */
  RecordPage list(Connection c, RecordQuery query, SqlCondition readable) throws SQLException {
    SqlQueryWriter writer = new SqlQueryWriter(entity.name(), QueryField.of(entity));
    Filter filter = FilterParser.parse(query.filter());
    SqlCondition condition = writer.where(filter);
    String orderBy = writer.orderBy(SortKey.parse(query.sort()));
    String where =
        " WHERE deleted = "
            + (query.recycleBin() ? "TRUE" : "FALSE")
            + (condition == null ? "" : " AND " + condition.sql())
            + (readable.sql().equals("1 = 1") ? "" : " AND " + readable.sql());
    List<Object> params = new ArrayList<>();
    if (condition != null) {
      params.addAll(condition.parameters());
    }
    params.addAll(readable.parameters());
    List<Map<String, Object>> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + selectList
                + " FROM "
                + entity.table()
                + where
                + " ORDER BY "
                + orderBy
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      SqlDialect.planForBoundValues(ps);
      bindAll(ps, params);
      ps.setLong(params.size() + 1, (long) query.page() * query.size());
      ps.setInt(params.size() + 2, query.size());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(row(rs));
        }
      }
    }
    long total = count(c, where, params, query.exactTotal() ? -1 : RecordQuery.COUNT_LIMIT);
    boolean exact = query.exactTotal() || total <= RecordQuery.COUNT_LIMIT;
    return new RecordPage(
        items,
        Math.min(total, query.exactTotal() ? total : RecordQuery.COUNT_LIMIT),
        exact,
        query.page(),
        query.size());
  }

  /** Counts matching rows, stopping after {@code limit + 1} of them unless limit is negative. */
  private long count(Connection c, String where, List<Object> params, int limit)
      throws SQLException {
    String sql =
        limit < 0
            ? "SELECT COUNT(*) FROM " + entity.table() + where
            : "SELECT COUNT(*) FROM (SELECT 1 FROM "
                + entity.table()
                + where
                + " FETCH FIRST "
                + (limit + 1)
                + " ROWS ONLY) capped";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      SqlDialect.planForBoundValues(ps);
      bindAll(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Whether another record (live or in the recycle bin) holds this value of a unique field. */
  boolean valueTaken(Connection c, FieldDefinition field, Object value, Long exceptId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM "
                + entity.table()
                + " WHERE "
                + field.column()
                + " = ?"
                + (exceptId == null ? "" : " AND id <> ?"))) {
      JdbcValues.bind(ps, 1, value);
      if (exceptId != null) {
        ps.setLong(2, exceptId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private Map<String, Object> row(ResultSet rs) throws SQLException {
    Map<String, Object> record = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      QueryField column = columns.get(i);
      record.put(column.name(), JdbcValues.read(rs, i + 1, column.type()));
    }
    return record;
  }

  private String column(String field) {
    return entity
        .activeField(field)
        .map(FieldDefinition::column)
        .orElseThrow(() -> RelataException.badRequest("record.field.unknown", field));
  }

  static boolean isSystem(String name) {
    return SystemField.fromApiName(name) != null;
  }

  private static void bindAll(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      JdbcValues.bind(ps, i + 1, params.get(i));
    }
  }
}
