package dev.relata.platform.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Changes to an account's credentials and security state that administrators and the user
 * themselves trigger: a new password, ending every session and token, lifting a lockout,
 * resetting two-factor. Each runs inside the caller's transaction.
 */
public final class AccountSecurity {
  private final PasswordHasher hasher;

  public AccountSecurity(PasswordHasher hasher) {
    this.hasher = hasher;
  }

  /** Sets a new password and ends every session and token of the user. */
  public void setPassword(Connection c, User user, String newPassword) throws SQLException {
    String hash = hasher.hash(newPassword.toCharArray());
    try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET password_hash = ?,"
        + " password_changed_at = ?, must_change_password = FALSE WHERE id = ?")) {
      ps.setString(1, hash);
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.setLong(3, user.id());
      ps.executeUpdate();
    }
    endSessions(c, user.id());
  }

  /** Revokes every web session, sign-in token and personal token of the user. */
  public void endSessions(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE auth_token SET revoked = TRUE WHERE user_id = ? AND revoked = FALSE")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  /** Lifts a lockout and forgets the failed attempts that led to it. */
  public void unlock(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET status = CASE WHEN"
        + " status = 'locked' THEN 'active' ELSE status END, failed_attempts = 0, lockouts = 0,"
        + " locked_until = NULL WHERE id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  /** Turns two-factor off for the user and discards their secret and recovery codes. */
  public void resetTwoFactor(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET totp_secret = NULL,"
        + " totp_enabled = FALSE, totp_last_step = NULL WHERE id = ?");
        PreparedStatement codes = c.prepareStatement(
            "DELETE FROM recovery_code WHERE user_id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
      codes.setLong(1, userId);
      codes.executeUpdate();
    }
  }
}
