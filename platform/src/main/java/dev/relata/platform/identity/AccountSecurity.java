package dev.relata.platform.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Changes to an account's credentials and security state that administrators and the user
 * themselves trigger: a new password, ending every session and token, lifting a lockout, resetting
 * two-factor. Each runs inside the caller's transaction.
 */
public final class AccountSecurity {
  private final PasswordHasher hasher;
  private final SecurityPolicies policies;
  private final PasswordPolicy passwordPolicy = new PasswordPolicy();
  private final PasswordHistory history;

  public AccountSecurity(PasswordHasher hasher, SecurityPolicies policies) {
    this.hasher = hasher;
    this.policies = policies;
    this.history = new PasswordHistory(hasher);
  }

  /**
   * Sets a new password and ends every session and token of the user. The password must pass the
   * security policy (length, not the username, not easy to guess, not recently used); a refusal is
   * a problem on the field {@code password}.
   */
  public void setPassword(Connection c, User user, String newPassword) throws SQLException {
    setPassword(c, user, newPassword, "password");
  }

  /** As {@link #setPassword(Connection, User, String)}, with refusals on {@code field}. */
  public void setPassword(Connection c, User user, String newPassword, String field)
      throws SQLException {
    SecurityPolicy policy = policies.current(c);
    passwordPolicy.check(
        policy,
        user.username(),
        List.of(user.username(), user.displayName() == null ? "" : user.displayName()),
        newPassword,
        field);
    history.refuseReuse(c, user.id(), newPassword, policy.passwordHistory(), field);
    String hash = hasher.hash(newPassword.toCharArray());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET password_hash = ?,"
                + " password_changed_at = ?, must_change_password = FALSE WHERE id = ?")) {
      ps.setString(1, hash);
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.setLong(3, user.id());
      ps.executeUpdate();
    }
    history.record(c, user.id(), hash);
    endSessions(c, user.id());
  }

  /** Checks a new user's first password against the policy, before it is hashed. */
  public void checkNewPassword(Connection c, String username, String displayName, String password)
      throws SQLException {
    passwordPolicy.check(
        policies.current(c),
        username,
        List.of(username, displayName == null ? "" : displayName),
        password,
        "password");
  }

  /** Remembers a new user's first password hash in the history. */
  void recordFirstPassword(Connection c, long userId, String hash) throws SQLException {
    history.record(c, userId, hash);
  }

  /** Revokes every web session, sign-in token and personal token of the user. */
  public void endSessions(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE auth_token SET revoked = TRUE WHERE user_id = ? AND revoked = FALSE")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  /** Lifts a lockout and forgets the failed attempts that led to it. */
  public void unlock(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET status = CASE WHEN"
                + " status = 'locked' THEN 'active' ELSE status END, failed_attempts = 0, lockouts = 0,"
                + " locked_until = NULL WHERE id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  /** Turns two-factor off for the user and discards their secret and recovery codes. */
  public void resetTwoFactor(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE app_user SET totp_secret = NULL,"
                    + " totp_enabled = FALSE, totp_last_step = NULL WHERE id = ?");
        PreparedStatement codes =
            c.prepareStatement("DELETE FROM recovery_code WHERE user_id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
      codes.setLong(1, userId);
      codes.executeUpdate();
    }
  }
}
