package dev.relata.platform.organisation;

import dev.relata.metadata.model.Labels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows of {@code app_role}, and how many users hold each role. */
final class RoleRepository {
  private static final String COLUMNS =
      "name, labels, description, system_role, requires_totp," + " version, created_at, updated_at";

  List<Role> all(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM app_role" + " ORDER BY system_role DESC, name")) {
      return list(ps);
    }
  }

  Optional<Role> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM app_role WHERE name = ?")) {
      ps.setString(1, name);
      List<Role> found = list(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  void insert(
      Connection c,
      String name,
      Labels labels,
      String description,
      boolean requiresTotp,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO app_role (name, labels,"
                + " description, requires_totp, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, name);
      ps.setString(2, LabelsJson.write(labels));
      ps.setString(3, description);
      ps.setBoolean(4, requiresTotp);
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setTimestamp(6, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  boolean update(Connection c, Role changed, long version, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_role SET labels = ?,"
                + " description = ?, requires_totp = ?, version = version + 1, updated_at = ?"
                + " WHERE name = ? AND version = ?")) {
      ps.setString(1, LabelsJson.write(changed.labels()));
      ps.setString(2, changed.description());
      ps.setBoolean(3, changed.requiresTotp());
      ps.setTimestamp(4, Timestamp.from(now));
      ps.setString(5, changed.name());
      ps.setLong(6, version);
      return ps.executeUpdate() == 1;
    }
  }

  void delete(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_role WHERE name = ?")) {
      ps.setString(1, name);
      ps.executeUpdate();
    }
  }

  /** How many users hold each role; roles no one holds are absent. */
  Map<String, Long> holders(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT role_name, COUNT(*) FROM user_role GROUP BY role_name");
        ResultSet rs = ps.executeQuery()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
      return counts;
    }
  }

  private static List<Role> list(PreparedStatement ps) throws SQLException {
    List<Role> roles = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        roles.add(
            new Role(
                rs.getString(1),
                LabelsJson.read(rs.getString(2)),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getBoolean(5),
                rs.getLong(6),
                rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant()));
      }
    }
    return roles;
  }
}
