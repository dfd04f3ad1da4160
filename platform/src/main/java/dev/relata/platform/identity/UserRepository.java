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
final class UserRepository {
  private static final String COLUMNS =
      "id, username, display_name, email, admin, status, locale, created_at";

  long insert(Connection c, String username, String displayName, String email,
      String passwordHash, boolean admin) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, username_key,"
        + " display_name, email, password_hash, admin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        new String[] {"id"})) {
      ps.setString(1, username);
      ps.setString(2, key(username));
      ps.setString(3, displayName);
      ps.setString(4, email);
      ps.setString(5, passwordHash);
      ps.setBoolean(6, admin);
      ps.setTimestamp(7, Timestamp.from(Instant.now()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  Optional<User> findById(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM app_user WHERE id = ?")) {
      ps.setLong(1, id);
      return one(ps);
    }
  }

  /** The user and password hash for a username, case-insensitively. */
  Optional<Credentials> credentials(Connection c, String username) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + ", password_hash FROM app_user WHERE username_key = ?")) {
      ps.setString(1, key(username));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Credentials(user(rs), rs.getString(9)))
            : Optional.empty();
      }
    }
  }

  List<User> search(Connection c, String text, int limit) throws SQLException {
    String pattern = "%" + escapeLike(text == null ? "" : text.toLowerCase(Locale.ROOT)) + "%";
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user"
        + " WHERE status = 'active' AND (username_key LIKE ? ESCAPE '\\'"
        + " OR LOWER(display_name) LIKE ? ESCAPE '\\') ORDER BY display_name"
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

  void insertToken(Connection c, String tokenHash, long userId, Instant expiresAt)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_token (token_hash, user_id,"
        + " created_at, expires_at) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, tokenHash);
      ps.setLong(2, userId);
      ps.setTimestamp(3, Timestamp.from(Instant.now()));
      ps.setTimestamp(4, Timestamp.from(expiresAt));
      ps.executeUpdate();
    }
  }

  /** The user a live token belongs to: not revoked, not expired. */
  Optional<User> userOfToken(Connection c, String tokenHash, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT u.id, u.username, u.display_name,"
        + " u.email, u.admin, u.status, u.locale, u.created_at FROM auth_token t"
        + " JOIN app_user u ON u.id = t.user_id"
        + " WHERE t.token_hash = ? AND t.revoked = FALSE AND t.expires_at > ?")) {
      ps.setString(1, tokenHash);
      ps.setTimestamp(2, Timestamp.from(now));
      return one(ps);
    }
  }

  void revokeToken(Connection c, String tokenHash) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE auth_token SET revoked = TRUE WHERE token_hash = ?")) {
      ps.setString(1, tokenHash);
      ps.executeUpdate();
    }
  }

  record Credentials(User user, String passwordHash) {}

  static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Optional<User> one(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(user(rs)) : Optional.empty();
    }
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
  }
}
