package dev.relata.platform.identity;

import dev.relata.metadata.sql.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Guards every check of a secret against an account (the password at sign-in, a second-factor code,
 * the current password before a change that matters) so that counting failures, locking and
 * accepting a right secret are one decision per account, however many attempts race:
 *
 * <ol>
 *   <li><b>Reserve.</b> Before the secret is checked, one conditional update counts the attempt as
 *       a failure, but only while the account is usable and fewer than the policy's threshold of
 *       attempts are counted. So no more than the threshold of checks can be under way or done
 *       between two decisions; any further attempt is refused without being checked.
 *   <li><b>Check</b>, holding no connection and no row lock: a password hash takes far longer than
 *       the rest, and a burst of guesses must not tie up the connection pool.
 *   <li><b>Decide.</b> A wrong secret keeps its count, and locks the account by a conditional
 *       update that requires the account still usable and the count at the threshold: of racing
 *       failures exactly one locks, so a lock is recorded once and its period doubles once. A right
 *       secret is accepted by a conditional update that requires the account still usable, so a
 *       lock that landed while it was being checked wins.
 * </ol>
 *
 * <p>The first lockout lasts the policy's period, each further one (without a successful sign-in in
 * between) twice as long as the one before, up to the policy's cap. An attempt whose decision never
 * came (the process stopped while checking) holds back others for {@link #UNDECIDED_AFTER} at most.
 */
final class Lockout {
  /**
   * After this long, a counted attempt is taken as decided even if no decision was written, and no
   * longer holds back the next one; far longer than any check takes.
   */
  static final Duration UNDECIDED_AFTER = Duration.ofMinutes(5);

  /** An account that may be signed in to: active, or locked until a time now past. */
  private static final String USABLE =
      "(status = 'active' OR (status = 'locked' AND locked_until <= ?))";

  private final Database database;
  private final SecurityPolicies policies;
  private final AccountSecurity accountSecurity;

  Lockout(Database database, SecurityPolicies policies, AccountSecurity accountSecurity) {
    this.database = database;
    this.policies = policies;
    this.accountSecurity = accountSecurity;
  }

  /** A secret offered for an account. */
  interface Secret {
    /** Checks it against the account; may be slow. */
    boolean matches();

    /** Spends about the time of a check without checking, so that a refusal answers as slowly. */
    default void spendCheckTime() {}
  }

  /** What a right secret does to the count of failures. */
  enum OnSuccess {
    /** The user is in: failures and the lockout history are forgotten. */
    FORGET_FAILURES,
    /**
     * Only this attempt is taken back: a password right while a second factor is still due, or the
     * current password asked again of a signed-in user.
     */
    KEEP_FAILURES
  }

  /** How an attempt ended. */
  enum Verdict {
    /** Checked and right, and the account was still usable: the caller may go on. */
    ACCEPTED,
    /** Checked and wrong; counted. */
    WRONG,
    /** Checked and wrong, and this failure locked the account (ending its sessions). */
    LOCKED_NOW,
    /** Refused because the account is locked (before the check or while it ran). */
    LOCKED,
    /** Refused because the account is deactivated. */
    DEACTIVATED,
    /** Refused unchecked: as many attempts as the threshold allows are already counted. */
    TOO_MANY_AT_ONCE
  }

  /** Reserves, checks and decides one attempt at {@code secret} for the user. */
  Verdict attempt(long userId, Secret secret, OnSuccess onSuccess) {
    if (!database.transaction(c -> reserve(c, userId, policies.current(c), Instant.now()))) {
      secret.spendCheckTime();
      return database.read(c -> refusal(c, userId, Instant.now()));
    }
    boolean matches;
    try {
      matches = secret.matches();
    } catch (RuntimeException e) {
      // Decided as a failure, so that a check that broke does not leave its count undecided.
      database.transaction(c -> lockIfDue(c, userId, policies.current(c), Instant.now()));
      throw e;
    }
    if (!matches) {
      boolean lockedNow =
          database.transaction(c -> lockIfDue(c, userId, policies.current(c), Instant.now()));
      return lockedNow ? Verdict.LOCKED_NOW : Verdict.WRONG;
    }
    if (database.transaction(c -> accept(c, userId, onSuccess, Instant.now()))) {
      return Verdict.ACCEPTED;
    }
    Verdict refusal = database.read(c -> refusal(c, userId, Instant.now()));
    return refusal == Verdict.DEACTIVATED ? refusal : Verdict.LOCKED;
  }

  /**
   * Takes the user's row until the caller's transaction ends, if the account is usable; false if
   * not. Whatever the caller then writes (a token, a session) is either seen by a lock that
   * follows, which ends it, or refused because a lock came first.
   */
  static boolean holdIfUsable(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM app_user WHERE id = ? AND " + USABLE + " FOR UPDATE")) {
      ps.setLong(1, userId);
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Counts an attempt before its check, if the account is usable and below the threshold (or the
   * latest counted attempt is so old that its check can no longer be under way).
   */
  private static boolean reserve(Connection c, long userId, SecurityPolicy policy, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET failed_attempts = failed_attempts + 1, last_attempt_at = ?"
                + " WHERE id = ? AND "
                + USABLE
                + " AND (failed_attempts < ? OR last_attempt_at IS NULL OR last_attempt_at <= ?)")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setLong(2, userId);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setInt(4, policy.lockoutThreshold());
      ps.setTimestamp(5, Timestamp.from(now.minus(UNDECIDED_AFTER)));
      return ps.executeUpdate() == 1;
    }
  }

  /** Why an attempt was refused, as the account stands now. */
  private static Verdict refusal(Connection c, long userId, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT status, locked_until FROM app_user WHERE id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || User.DEACTIVATED.equals(rs.getString(1))) {
          return Verdict.DEACTIVATED;
        }
        Timestamp lockedUntil = rs.getTimestamp(2);
        boolean locked =
            User.LOCKED.equals(rs.getString(1))
                && (lockedUntil == null || lockedUntil.toInstant().isAfter(now));
        return locked ? Verdict.LOCKED : Verdict.TOO_MANY_AT_ONCE;
      }
    }
  }

  /**
   * Locks the account after a wrong secret if the count has reached the threshold and no other
   * failure has locked it already; true if this call locked it (and ended its sessions).
   */
  private boolean lockIfDue(Connection c, long userId, SecurityPolicy policy, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET status = 'locked', locked_until = ?, lockouts = lockouts + 1,"
                + " failed_attempts = 0 WHERE id = ? AND failed_attempts >= ? AND "
                + USABLE)) {
      ps.setTimestamp(1, Timestamp.from(now.plus(duration(policy, 0))));
      ps.setLong(2, userId);
      ps.setInt(3, policy.lockoutThreshold());
      ps.setTimestamp(4, Timestamp.from(now));
      if (ps.executeUpdate() == 0) {
        return false;
      }
    }
    // The update holds the row until commit, so the count read here is the one this lock follows.
    int lockouts = lockouts(c, userId);
    if (lockouts > 1) {
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE app_user SET locked_until = ? WHERE id = ?")) {
        ps.setTimestamp(1, Timestamp.from(now.plus(duration(policy, lockouts - 1))));
        ps.setLong(2, userId);
        ps.executeUpdate();
      }
    }
    accountSecurity.endSessions(c, userId);
    return true;
  }

  /** Takes a right secret if the account is still usable; false if a lock came first. */
  private static boolean accept(Connection c, long userId, OnSuccess onSuccess, Instant now)
      throws SQLException {
    String changes =
        switch (onSuccess) {
          case FORGET_FAILURES ->
              "failed_attempts = 0, lockouts = 0, locked_until = NULL,"
                  + " status = CASE WHEN status = 'locked' THEN 'active' ELSE status END";
          case KEEP_FAILURES ->
              "failed_attempts = CASE WHEN failed_attempts > 0 THEN failed_attempts - 1 ELSE 0 END";
        };
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE app_user SET " + changes + " WHERE id = ? AND " + USABLE)) {
      ps.setLong(1, userId);
      ps.setTimestamp(2, Timestamp.from(now));
      return ps.executeUpdate() == 1;
    }
  }

  private static int lockouts(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT lockouts FROM app_user WHERE id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
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
