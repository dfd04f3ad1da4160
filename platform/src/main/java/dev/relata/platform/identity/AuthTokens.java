package dev.relata.platform.identity;

import dev.relata.metadata.sql.Database;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Rows of {@code auth_token}: every credential that stands for a signed-in user, by kind — {@value
 * #API} (from {@code POST /auth/token}), {@value #PERSONAL} (named, made by the user) and {@value
 * #WEB} (a browser session). Only the SHA-256 of a token is stored.
 */
final class AuthTokens {
  static final String API = "api";
  static final String PERSONAL = "personal";
  static final String WEB = "web";

  /** {@code last_used_at} is written at most this often, so a busy session is not a write each. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new random token (256 bits, URL-safe). */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  long insert(
      Connection c,
      String token,
      long userId,
      String kind,
      String name,
      Instant expiresAt,
      Integer idleMinutes,
      ClientInfo client)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO auth_token (token_hash, user_id,"
                + " created_at, expires_at, kind, name, last_used_at, idle_minutes, address, user_agent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
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
   * The active user a live token of one of {@code kinds} stands for (not revoked, not expired, not
   * idle past its limit), roles included. Every authenticated request runs this, so it is one query
   * on an auto-commit connection; the token's last use is written at most once a minute.
   */
  Optional<User> holder(Database database, String token, Instant now, String... kinds) {
    Optional<Found> found = database.read(c -> find(c, token, now, List.of(kinds)));
    found
        .filter(f -> f.lastUsed() == null || f.lastUsed().plus(TOUCH_EVERY).isBefore(now))
        .ifPresent(f -> database.execute(c -> touch(c, f.tokenId(), now)));
    return found.map(Found::user).filter(User::active);
  }

  private record Found(long tokenId, Instant lastUsed, User user) {}

  /** One row per role of the user (one row without a role if they have none). */
  private static Optional<Found> find(Connection c, String token, Instant now, List<String> kinds)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + UserRepository.COLUMNS
                + ", t.id, t.kind, t.last_used_at, t.idle_minutes, r.role_name FROM auth_token t"
                + " JOIN app_user u ON u.id = t.user_id LEFT JOIN user_role r ON r.user_id = u.id"
                + " WHERE t.token_hash = ? AND t.revoked = FALSE AND t.expires_at > ?"
                + " ORDER BY r.role_name")) {
      ps.setString(1, PasswordHasher.sha256(token));
      ps.setTimestamp(2, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int at = UserRepository.COLUMN_COUNT;
        User user = UserRepository.user(rs);
        long tokenId = rs.getLong(at + 1);
        String kind = rs.getString(at + 2);
        Instant lastUsed = instant(rs.getTimestamp(at + 3));
        int idle = rs.getInt(at + 4);
        boolean idleLimited = !rs.wasNull();
        List<String> roles = new ArrayList<>();
        do {
          String role = rs.getString(at + 5);
          if (role != null) {
            roles.add(role);
          }
        } while (rs.next());
        if (!kinds.contains(kind)
            || idleLimited
                && lastUsed != null
                && lastUsed.plus(Duration.ofMinutes(idle)).isBefore(now)) {
          return Optional.empty();
        }
        return Optional.of(new Found(tokenId, lastUsed, user.withRoles(roles)));
      }
    }
  }

  private static void touch(Connection c, long tokenId, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE auth_token SET last_used_at = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setLong(2, tokenId);
      ps.executeUpdate();
    }
  }

  void revoke(Connection c, String token) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE auth_token SET revoked = TRUE WHERE token_hash = ?")) {
      ps.setString(1, PasswordHasher.sha256(token));
      ps.executeUpdate();
    }
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
