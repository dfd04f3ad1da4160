package dev.relata.platform.identity;

import dev.relata.platform.audit.ClientInfo;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Rows of {@code auth_token}: every credential that stands for a signed-in user, by kind —
 * {@value #API} (from {@code POST /auth/token}), {@value #PERSONAL} (named, made by the user) and
 * {@value #WEB} (a browser session). Only the SHA-256 of a token is stored.
 */
final class AuthTokens {
  static final String API = "api";
  static final String PERSONAL = "personal";
  static final String WEB = "web";
  /** {@code last_used_at} is written at most this often, so a busy session is not a write each. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A live token's row and the state of its user, from one indexed query. */
  record Live(long id, long userId, String userStatus, Instant lockedUntil) {
    boolean userActive() {
      return User.ACTIVE.equals(userStatus) || User.LOCKED.equals(userStatus)
          && lockedUntil != null && lockedUntil.isBefore(Instant.now());
    }
  }

  /** A new random token (256 bits, URL-safe). */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  long insert(Connection c, String token, long userId, String kind, String name,
      Instant expiresAt, Integer idleMinutes, ClientInfo client) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_token (token_hash, user_id,"
        + " created_at, expires_at, kind, name, last_used_at, idle_minutes, address, user_agent)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      ps.setString(1, PasswordHasher.sha256(token));
      ps.setLong(2, userId);
      ps.setTimestamp(3, now);
      ps.setTimestamp(4, Timestamp.from(expiresAt));
      ps.setString(5, kind);
      ps.setString(6, name);
      ps.setTimestamp(7, now);
      if (idleMinutes == null) {
        ps.setNull(8, Types.INTEGER);
      } else {
        ps.setInt(8, idleMinutes);
      }
      ps.setString(9, client == null ? null : client.address());
      ps.setString(10, client == null ? null : client.userAgent());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * The row of a token that is of one of {@code kinds}, not revoked, not expired and not idle
   * past its limit; its last use is recorded (at most once a minute).
   */
  Optional<Live> live(Connection c, String token, Instant now, String... kinds)
      throws SQLException {
    Live live;
    Instant lastUsed;
    try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.user_id, t.kind,"
        + " t.last_used_at, t.idle_minutes, u.status, u.locked_until FROM auth_token t"
        + " JOIN app_user u ON u.id = t.user_id"
        + " WHERE t.token_hash = ? AND t.revoked = FALSE AND t.expires_at > ?")) {
      ps.setString(1, PasswordHasher.sha256(token));
      ps.setTimestamp(2, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !java.util.List.of(kinds).contains(rs.getString(3))) {
          return Optional.empty();
        }
        lastUsed = instant(rs.getTimestamp(4));
        int idle = rs.getInt(5);
        if (!rs.wasNull() && lastUsed != null
            && lastUsed.plus(Duration.ofMinutes(idle)).isBefore(now)) {
          return Optional.empty();
        }
        live = new Live(rs.getLong(1), rs.getLong(2), rs.getString(6),
            instant(rs.getTimestamp(7)));
      }
    }
    if (lastUsed == null || lastUsed.plus(TOUCH_EVERY).isBefore(now)) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE auth_token SET last_used_at = ? WHERE id = ?")) {
        ps.setTimestamp(1, Timestamp.from(now));
        ps.setLong(2, live.id());
        ps.executeUpdate();
      }
    }
    return Optional.of(live);
  }

  void revoke(Connection c, String token) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE auth_token SET revoked = TRUE WHERE token_hash = ?")) {
      ps.setString(1, PasswordHasher.sha256(token));
      ps.executeUpdate();
    }
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
