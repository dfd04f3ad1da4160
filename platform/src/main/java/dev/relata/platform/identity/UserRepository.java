package dev.relata.platform.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rows of {@code app_user} and {@code auth_token}. */
public final class UserRepository {
  /** The columns {@link #user} reads, in order, each qualified by the alias {@code u}. */
  public static final String COLUMNS =
      "u.id, u.username, u.display_name, u.email, u.phone,"
          + " u.department_id, u.manager_id, u.status, u.locale, u.totp_enabled, u.locked_until,"
          + " u.password_changed_at, u.version, u.created_at, u.updated_at";

  static final int COLUMN_COUNT = 15;

  long insert(Connection c, String username, String displayName, String email, String passwordHash)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO app_user (username, username_key,"
                + " display_name, email, password_hash, created_at, updated_at, password_changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setString(1, username);
      ps.setString(2, key(username));
      ps.setString(3, displayName);
      ps.setString(4, email);
      ps.setString(5, passwordHash);
      ps.setTimestamp(6, now);
      ps.setTimestamp(7, now);
      ps.setTimestamp(8, now);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  void grantRole(Connection c, long userId, String role) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO user_role (user_id, role_name) VALUES (?, ?)")) {
      ps.setLong(1, userId);
      ps.setString(2, role);
      ps.executeUpdate();
    }
  }

  /** The role names of a user, sorted. */
  public List<String> roles(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT role_name FROM user_role WHERE user_id = ? ORDER BY role_name")) {
      ps.setLong(1, userId);
      List<String> roles = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          roles.add(rs.getString(1));
        }
      }
      return roles;
    }
  }

  public Optional<User> findById(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM app_user u WHERE u.id = ?")) {
      ps.setLong(1, id);
      return withRoles(c, one(ps));
    }
  }

  /** The user and password hash for a username, case-insensitively. */
  Optional<Credentials> credentials(Connection c, String username) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + ", u.password_hash FROM app_user u WHERE u.username_key = ?")) {
      ps.setString(1, key(username));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        User user = user(rs);
        String hash = rs.getString(COLUMN_COUNT + 1);
        return Optional.of(new Credentials(user.withRoles(roles(c, user.id())), hash));
      }
    }
  }

  List<User> search(Connection c, String text, int limit) throws SQLException {
    String pattern = "%" + escapeLike(text == null ? "" : text.toLowerCase(Locale.ROOT)) + "%";
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM app_user u"
                + " WHERE u.status <> 'deactivated' AND (u.username_key LIKE ? ESCAPE '\\'"
                + " OR LOWER(u.display_name) LIKE ? ESCAPE '\\') ORDER BY u.display_name"
                + " FETCH FIRST ? ROWS ONLY")) {
      ps.setString(1, pattern);
      ps.setString(2, pattern);
      ps.setInt(3, limit);
      List<User> users = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          users.add(user(rs));
        }
      }
      return users;
    }
  }

  long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  record Credentials(User user, String passwordHash) {}

  static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Optional<User> withRoles(Connection c, Optional<User> user) throws SQLException {
    return user.isEmpty() ? user : Optional.of(user.get().withRoles(roles(c, user.get().id())));
  }

  private static Optional<User> one(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(user(rs)) : Optional.empty();
    }
  }

  /**
   * A user from a row selected with {@link #COLUMNS}, without roles. A lockout that has run out
   * reads as active.
   */
  public static User user(ResultSet rs) throws SQLException {
    Instant lockedUntil = instant(rs.getTimestamp(11));
    String status = rs.getString(8);
    if (User.LOCKED.equals(status) && lockedUntil != null && lockedUntil.isBefore(Instant.now())) {
      status = User.ACTIVE;
    }
    long department = rs.getLong(6);
    Long departmentId = rs.wasNull() ? null : department;
    long manager = rs.getLong(7);
    Long managerId = rs.wasNull() ? null : manager;
    return new User(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        departmentId,
        managerId,
        List.of(),
        status,
        rs.getString(9),
        rs.getBoolean(10),
        lockedUntil,
        instant(rs.getTimestamp(12)),
        rs.getLong(13),
        instant(rs.getTimestamp(14)),
        instant(rs.getTimestamp(15)));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
