package dev.relata.platform.identity;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Asks a signed-in user for their password again before a change that matters (a new password,
 * two-factor off, new recovery codes), so that a session left open is not enough. A wrong answer
 * counts towards the lockout like a failed sign-in.
 */
final class CurrentPassword {
  static final String FIELD = "currentPassword";
  private final Database database;
  private final PasswordHasher hasher;
  private final Lockout lockout;
  private final SecurityPolicies policies;

  CurrentPassword(
      Database database, PasswordHasher hasher, Lockout lockout, SecurityPolicies policies) {
    this.database = database;
    this.hasher = hasher;
    this.lockout = lockout;
    this.policies = policies;
  }

  void require(long userId, String password) {
    if (password == null || password.isEmpty()) {
      throw RelataException.unprocessable(FIELD, "required", "Enter your current password.");
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
    if (password.length() > SecurityPolicy.MOST_MAX_LENGTH
        || hash == null
        || !hasher.verify(password.toCharArray(), hash)) {
      database.execute(c -> lockout.recordFailure(c, userId, policies.current(c)));
      throw RelataException.unprocessable(FIELD, "wrong", "The current password is wrong.");
    }
  }
}
