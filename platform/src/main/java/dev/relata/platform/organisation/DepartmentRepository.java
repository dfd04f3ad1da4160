package dev.relata.platform.organisation;

import dev.relata.metadata.model.Labels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of {@code department}. */
final class DepartmentRepository {
  private static final String COLUMNS =
      "id, name, labels, parent_id, head_user_id, path," + " version, created_at, updated_at";

  List<Department> all(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM department ORDER BY path")) {
      return list(ps);
    }
  }

  Optional<Department> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM department WHERE id = ?")) {
      ps.setLong(1, id);
      List<Department> found = list(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  /** The department and every department below it, by path. */
  List<Department> subtree(Connection c, String path) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM department WHERE path LIKE ? ORDER BY path")) {
      ps.setString(1, path + "%");
      return list(ps);
    }
  }

  /** Inserts a department and gives it its path, which needs the generated id. */
  long insert(Connection c, String name, Labels labels, Department parent, Long head, Instant now)
      throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO department (name, labels,"
                + " parent_id, head_user_id, path, created_at, updated_at) VALUES (?, ?, ?, ?, '/', ?, ?)",
            new String[] {"id"})) {
      ps.setString(1, name);
      ps.setString(2, LabelsJson.write(labels));
      setLong(ps, 3, parent == null ? null : parent.id());
      setLong(ps, 4, head);
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setTimestamp(6, Timestamp.from(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE department SET path = ? WHERE id = ?")) {
      ps.setString(1, (parent == null ? "/" : parent.path()) + id + "/");
      ps.setLong(2, id);
      ps.executeUpdate();
    }
    return id;
  }

  /** Writes the department's own columns if its version still matches. */
  boolean update(Connection c, Department changed, long version, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE department SET name = ?, labels = ?,"
                + " parent_id = ?, head_user_id = ?, path = ?, version = version + 1, updated_at = ?"
                + " WHERE id = ? AND version = ?")) {
      ps.setString(1, changed.name());
      ps.setString(2, LabelsJson.write(changed.labels()));
      setLong(ps, 3, changed.parentId());
      setLong(ps, 4, changed.headUserId());
      ps.setString(5, changed.path());
      ps.setTimestamp(6, Timestamp.from(now));
      ps.setLong(7, changed.id());
      ps.setLong(8, version);
      return ps.executeUpdate() == 1;
    }
  }

  /** Rewrites the paths below a moved department: the old prefix becomes the new one. */
  void movePaths(Connection c, String oldPath, String newPath) throws SQLException {
    List<Department> below = subtree(c, oldPath);
    try (PreparedStatement ps = c.prepareStatement("UPDATE department SET path = ? WHERE id = ?")) {
      for (Department d : below) {
        if (!d.path().equals(oldPath)) {
          ps.setString(1, newPath + d.path().substring(oldPath.length()));
          ps.setLong(2, d.id());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  boolean delete(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM department WHERE id = ?")) {
      ps.setLong(1, id);
      return ps.executeUpdate() == 1;
    }
  }

  long children(Connection c, long id) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM department WHERE parent_id = ?", id);
  }

  long members(Connection c, long id) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM app_user WHERE department_id = ?", id);
  }

  static long count(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  private static List<Department> list(PreparedStatement ps) throws SQLException {
    List<Department> departments = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long parent = rs.getLong(4);
        Long parentId = rs.wasNull() ? null : parent;
        long head = rs.getLong(5);
        Long headId = rs.wasNull() ? null : head;
        departments.add(
            new Department(
                rs.getLong(1),
                rs.getString(2),
                LabelsJson.read(rs.getString(3)),
                parentId,
                headId,
                rs.getString(6),
                rs.getLong(7),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant()));
      }
    }
    return departments;
  }
}
