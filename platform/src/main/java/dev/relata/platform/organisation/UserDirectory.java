package dev.relata.platform.organisation;

import dev.relata.platform.identity.User;
import dev.relata.platform.identity.UserRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of user administration on {@code app_user} and {@code user_role}: listing, writing the
 * organisation columns, roles, and the reporting line ({@code manager_path}).
 */
final class UserDirectory {
  /** Not a hash any verifier accepts: the account has no password until one is set. */
  private static final String NO_PASSWORD = "!";

  private final UserRepository users = new UserRepository();

  Optional<User> find(Connection c, long id) throws SQLException {
    return users.findById(c, id);
  }

  /** The id of the user with this username (case-insensitive), if any. */
  Optional<Long> idOf(Connection c, String username) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM app_user WHERE username_key = ?")) {
      ps.setString(1, username.toLowerCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  UserPage page(Connection c, UserQuery query) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.text() != null) {
      String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
      where.append(
          " AND (u.username_key LIKE ? ESCAPE '\\' OR LOWER(u.display_name) LIKE ?"
              + " ESCAPE '\\' OR LOWER(u.email) LIKE ? ESCAPE '\\')");
      params.addAll(List.of(pattern, pattern, pattern));
    }
    if (query.status() != null) {
      where.append(" AND u.status = ?");
      params.add(query.status());
    }
    if (query.department() != null) {
      where.append(" AND u.department_id = ?");
      params.add(query.department());
    }
    if (query.role() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id"
              + " AND r.role_name = ?)");
      params.add(query.role());
    }
    List<User> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + UserRepository.COLUMNS
                + " FROM app_user u"
                + where
                + " ORDER BY u.username_key"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int i = bind(ps, params);
      ps.setLong(i, (long) query.page() * query.size());
      ps.setInt(i + 1, query.size());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(UserRepository.user(rs));
        }
      }
    }
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user u" + where)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    Map<Long, List<String>> roles = roles(c, items.stream().map(User::id).toList());
    return new UserPage(
        items.stream().map(u -> u.withRoles(roles.getOrDefault(u.id(), List.of()))).toList(),
        total,
        query.page(),
        query.size());
  }

  long insert(Connection c, UserFields fields, String managerPath, Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO app_user (username,"
                + " username_key, display_name, email, phone, department_id, manager_id, manager_path,"
                + " locale, password_hash, created_at, updated_at, password_changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      bindFields(ps, fields, managerPath);
      ps.setString(10, NO_PASSWORD);
      ps.setTimestamp(11, at);
      ps.setTimestamp(12, at);
      ps.setTimestamp(13, at);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Writes the organisation columns if the version still matches. */
  boolean update(
      Connection c, long id, UserFields fields, String managerPath, long version, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET username = ?,"
                + " username_key = ?, display_name = ?, email = ?, phone = ?, department_id = ?,"
                + " manager_id = ?, manager_path = ?, locale = ?, version = version + 1, updated_at = ?"
                + " WHERE id = ? AND version = ?")) {
      bindFields(ps, fields, managerPath);
      ps.setTimestamp(10, Timestamp.from(now));
      ps.setLong(11, id);
      ps.setLong(12, version);
      return ps.executeUpdate() == 1;
    }
  }

  /** Binds parameters 1 to 9, the organisation columns, as insert and update list them. */
  private static void bindFields(PreparedStatement ps, UserFields fields, String managerPath)
      throws SQLException {
    ps.setString(1, fields.username());
    ps.setString(2, fields.username().toLowerCase(Locale.ROOT));
    ps.setString(3, fields.displayName());
    ps.setString(4, fields.email());
    ps.setString(5, fields.phone());
    DepartmentRepository.setLong(ps, 6, fields.department());
    DepartmentRepository.setLong(ps, 7, fields.manager());
    ps.setString(8, managerPath);
    ps.setString(9, fields.locale());
  }

  String managerPath(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT manager_path FROM app_user WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "/";
      }
    }
  }

  /**
   * Rewrites the reporting line of everyone below a user whose own line changed: the old prefix
   * (the user's old path plus their id) becomes the new one.
   */
  void moveReports(Connection c, String oldPrefix, String newPrefix) throws SQLException {
    Map<Long, String> reports = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, manager_path FROM app_user WHERE manager_path LIKE ?")) {
      ps.setString(1, oldPrefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reports.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE app_user SET manager_path = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> report : reports.entrySet()) {
        ps.setString(1, newPrefix + report.getValue().substring(oldPrefix.length()));
        ps.setLong(2, report.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  void setRoles(Connection c, long id, List<String> roles) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM user_role WHERE user_id = ?");
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO user_role (user_id, role_name) VALUES (?, ?)")) {
      delete.setLong(1, id);
      delete.executeUpdate();
      for (String role : roles) {
        insert.setLong(1, id);
        insert.setString(2, role);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Sets the stored status (and bumps the version); a lockout is lifted separately. */
  void setStatus(Connection c, long id, String status, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET status = ?,"
                + " version = version + 1, updated_at = ? WHERE id = ?")) {
      ps.setString(1, status);
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setLong(3, id);
      ps.executeUpdate();
    }
  }

  /** Marks a change made elsewhere (credentials, lockout) so that stale edits are caught. */
  void touch(Connection c, long id, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET version = version + 1," + " updated_at = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  void requirePasswordChange(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE app_user SET must_change_password = TRUE WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  boolean mustChangePassword(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT must_change_password FROM app_user WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** Active administrators other than {@code exceptId}. */
  long otherActiveAdmins(Connection c, long exceptId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM app_user u"
                + " JOIN user_role r ON r.user_id = u.id WHERE r.role_name = 'admin'"
                + " AND u.status = 'active' AND u.id <> ?")) {
      ps.setLong(1, exceptId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Map<Long, List<String>> roles(Connection c, List<Long> ids) throws SQLException {
    Map<Long, List<String>> roles = new HashMap<>();
    if (ids.isEmpty()) {
      return roles;
    }
    String marks = String.join(", ", ids.stream().map(id -> "?").toList());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT user_id, role_name FROM user_role"
                + " WHERE user_id IN ("
                + marks
                + ") ORDER BY role_name")) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return roles;
  }

  private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
    int i = 1;
    for (Object param : params) {
      if (param instanceof Long number) {
        ps.setLong(i++, number);
      } else {
        ps.setString(i++, (String) param);
      }
    }
    return i;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
