package dev.relata.platform.audit;

import dev.relata.platform.Relata;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Log entries at chosen times, written with the same columns as the product's writers, so that
 * tests of ordering and date ranges do not depend on the clock.
 */
final class LogEntries {
  private LogEntries() {}

  static void login(
      Relata relata,
      Instant at,
      String username,
      LoginOutcome outcome,
      String channel,
      String address) {
    relata
        .database()
        .execute(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO login_event (occurred_at,"
                          + " username, outcome, channel, address, user_agent) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, username);
                ps.setString(3, outcome.code());
                ps.setString(4, channel);
                ps.setString(5, address);
                ps.setString(6, "test agent");
                ps.executeUpdate();
              }
            });
  }

  static void audit(
      Relata relata, Instant at, String actor, String action, String targetType, String targetId) {
    relata
        .database()
        .execute(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO audit_event (occurred_at,"
                          + " actor_username, action, target_type, target_id, target_label)"
                          + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, actor);
                ps.setString(3, action);
                ps.setString(4, targetType);
                ps.setString(5, targetId);
                ps.setString(6, targetId);
                ps.executeUpdate();
              }
            });
  }
}
