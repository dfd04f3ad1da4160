package dev.relata.platform.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Rows of {@code record_history}: what changed on a record, by whom and when. */
final class RecordHistory {
  private static final int MAX_TEXT = 140_000;

  /** Writes one row per field whose value differs between {@code before} and {@code after}. */
  void fieldChanges(
      Connection c,
      String entity,
      long recordId,
      Map<String, Object> before,
      Map<String, Object> after,
      long actor,
      Instant at)
      throws SQLException {
    try (PreparedStatement ps = insert(c)) {
      for (Map.Entry<String, Object> entry : after.entrySet()) {
        Object old = before.get(entry.getKey());
        if (!Objects.equals(JdbcValues.text(old), JdbcValues.text(entry.getValue()))) {
          bind(
              ps,
              entity,
              recordId,
              "update",
              entry.getKey(),
              JdbcValues.text(old),
              JdbcValues.text(entry.getValue()),
              actor,
              at);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  void event(Connection c, String entity, long recordId, String kind, long actor, Instant at)
      throws SQLException {
    try (PreparedStatement ps = insert(c)) {
      bind(ps, entity, recordId, kind, null, null, null, actor, at);
      ps.executeUpdate();
    }
  }

  List<FieldChange> of(Connection c, String entity, long recordId, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT h.id, h.change_kind, h.field_name,"
                + " h.old_value, h.new_value, h.changed_at, h.changed_by, u.display_name"
                + " FROM record_history h LEFT JOIN app_user u ON u.id = h.changed_by"
                + " WHERE h.entity_name = ? AND h.record_id = ? ORDER BY h.id DESC"
                + " FETCH FIRST ? ROWS ONLY")) {
      ps.setString(1, entity);
      ps.setLong(2, recordId);
      ps.setInt(3, limit);
      List<FieldChange> changes = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          changes.add(
              new FieldChange(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant(),
                  rs.getLong(7),
                  rs.getString(8)));
        }
      }
      return changes;
    }
  }

  private static PreparedStatement insert(Connection c) throws SQLException {
    return c.prepareStatement(
        "INSERT INTO record_history (entity_name, record_id, change_kind,"
            + " field_name, old_value, new_value, changed_at, changed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private static void bind(
      PreparedStatement ps,
      String entity,
      long recordId,
      String kind,
      String field,
      String oldValue,
      String newValue,
      long actor,
      Instant at)
      throws SQLException {
    ps.setString(1, entity);
    ps.setLong(2, recordId);
    ps.setString(3, kind);
    ps.setString(4, field);
    ps.setString(5, cut(oldValue));
    ps.setString(6, cut(newValue));
    ps.setTimestamp(7, Timestamp.from(at));
    ps.setLong(8, actor);
  }

  private static String cut(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }
}
