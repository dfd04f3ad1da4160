package dev.relata.platform.identity;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Asks a signed-in user for their password again before a change that matters (a new password,
 * two-factor off, new recovery codes), so that a session left open is not enough. The check goes
 * through the {@link Lockout} like a sign-in: a wrong answer counts towards the lockout, and no
 * more answers are checked at once than the lockout's threshold.
 */
final class CurrentPassword {
  static final String FIELD = "currentPassword";
  private final Database database;
  private final PasswordHasher hasher;
  private final Lockout lockout;

  CurrentPassword(Database database, PasswordHasher hasher, Lockout lockout) {
    this.database = database;
    this.hasher = hasher;
    this.lockout = lockout;
  }

  void require(long userId, String password) {
    if (password == null || password.isEmpty()) {
      throw RelataException.invalid(FIELD, "required", "password.current.required");
    }
    String hash =
        database.read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT password_hash FROM app_user WHERE id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next() ? rs.getString(1) : null;
                }
              }
            });
    Lockout.Verdict verdict =
        lockout.attempt(
            userId, new OfferedPassword(hasher, password, hash), Lockout.OnSuccess.KEEP_FAILURES);
    switch (verdict) {
      case ACCEPTED -> {}
      case WRONG, LOCKED_NOW ->
          throw RelataException.invalid(FIELD, "wrong", "password.current.wrong");
      case TOO_MANY_AT_ONCE ->
          throw RelataException.invalid(
              FIELD, "too_many_attempts", "password.current.too_many_attempts");
      case LOCKED, DEACTIVATED ->
          throw RelataException.unauthorized("password.current.account_unusable");
    }
  }
}
