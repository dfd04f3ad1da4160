package dev.relata.platform.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts consecutive failed sign-ins and locks the account when they reach the policy's threshold.
 * The first lockout lasts the policy's period, each further one (without a successful sign-in in
 * between) twice as long as the one before, up to the policy's cap.
 *
 * <p>The count is raised in the database ({@code failed_attempts = failed_attempts + 1}), never
 * read, raised and written back, so that concurrent guesses cannot lose counts; the row lock that
 * update takes also makes exactly one of them the one that locks.
 */
final class Lockout {
  private final AccountSecurity accountSecurity;

  Lockout(AccountSecurity accountSecurity) {
    this.accountSecurity = accountSecurity;
  }

  /** Counts one failure; true if it locked the account (which also ends its sessions). */
  boolean recordFailure(Connection c, long userId, SecurityPolicy policy) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
    int attempts;
    int lockouts;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT failed_attempts, lockouts FROM app_user WHERE id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        attempts = rs.getInt(1);
        lockouts = rs.getInt(2);
      }
    }
    if (attempts < policy.lockoutThreshold()) {
      return false;
    }
    Instant until = Instant.now().plus(duration(policy, lockouts));
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET status = 'locked',"
                + " locked_until = ?, lockouts = lockouts + 1, failed_attempts = 0"
                + " WHERE id = ? AND failed_attempts >= ? AND status <> 'deactivated'")) {
      ps.setTimestamp(1, Timestamp.from(until));
      ps.setLong(2, userId);
      ps.setInt(3, policy.lockoutThreshold());
      if (ps.executeUpdate() == 0) {
        return false;
      }
    }
    accountSecurity.endSessions(c, userId);
    return true;
  }

  /** Forgets the failures after a successful sign-in, and a lockout that has run out. */
  void recordSuccess(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET failed_attempts = 0,"
                + " lockouts = 0, locked_until = NULL, status = CASE WHEN status = 'locked' THEN 'active'"
                + " ELSE status END WHERE id = ? AND (failed_attempts > 0 OR lockouts > 0"
                + " OR locked_until IS NOT NULL)")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  /** How long the lockout after {@code previous} earlier ones lasts. */
  static Duration duration(SecurityPolicy policy, int previous) {
    long minutes = policy.lockoutMinutes();
    for (int i = 0; i < previous && minutes < policy.lockoutMaxMinutes(); i++) {
      minutes *= 2;
    }
    return Duration.ofMinutes(Math.min(minutes, policy.lockoutMaxMinutes()));
  }
}
