package dev.relata.platform.identity;

import dev.relata.platform.Relata;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for account-security tests: SQL the product has no call for. */
final class Accounts {
  static final String PASSWORD = "a quiet lighthouse keeper";

  private Accounts() {}

  static User create(Relata relata, String username) {
    return relata.identity().createUser(username, "User " + username, null, PASSWORD, false);
  }

  static void update(Relata relata, String sql, Object... params) {
    relata
        .database()
        .execute(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                  ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
              }
            });
  }

  /** The login log's outcomes for a username, oldest first. */
  static List<String> outcomes(Relata relata, String username) {
    return relata
        .database()
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT outcome FROM login_event WHERE username = ? ORDER BY id")) {
                ps.setString(1, username);
                List<String> outcomes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    outcomes.add(rs.getString(1));
                  }
                }
                return outcomes;
              }
            });
  }

  static int failedAttempts(Relata relata, long userId) {
    return intColumn(relata, "failed_attempts", userId);
  }

  /** How many times the account was locked since its last successful sign-in. */
  static int lockouts(Relata relata, long userId) {
    return intColumn(relata, "lockouts", userId);
  }

  private static int intColumn(Relata relata, String column, long userId) {
    return relata
        .database()
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT " + column + " FROM app_user WHERE id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getInt(1);
                }
              }
            });
  }
}
