package dev.relata.platform.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a user must choose a new password before going on: it is older than the policy allows, or
 * an administrator asked for a change ({@code must_change_password}).
 */
final class PasswordExpiry {
  private PasswordExpiry() {}

  static boolean changeNeeded(Connection c, User user, SecurityPolicy policy) throws SQLException {
    Instant expires = expiresAt(user, policy);
    if (expires != null && !expires.isAfter(Instant.now())) {
      return true;
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT must_change_password FROM app_user WHERE id = ?")) {
      ps.setLong(1, user.id());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** When the user's password expires, or null if the policy has no expiry. */
  static Instant expiresAt(User user, SecurityPolicy policy) {
    if (policy.passwordExpiryDays() == 0 || user.passwordChangedAt() == null) {
      return null;
    }
    return user.passwordChangedAt().plus(Duration.ofDays(policy.passwordExpiryDays()));
  }
}
