package dev.relata.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/** Appends sign-in attempts to {@code login_event}. */
public final class LoginLog {
  private static final int MAX_USERNAME = 100;

  /**
   * Records one attempt.
   *
   * @param username as typed by the client, cut to 100 characters; may be null
   * @param userId the user it named, if any
   */
  public void record(
      Connection c, String username, Long userId, LoginOutcome outcome, ClientInfo client)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO login_event (occurred_at,"
                + " username, user_id, outcome, channel, address, user_agent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(
          2,
          username == null || username.length() <= MAX_USERNAME
              ? username
              : username.substring(0, MAX_USERNAME));
      if (userId == null) {
        ps.setNull(3, Types.BIGINT);
      } else {
        ps.setLong(3, userId);
      }
      ps.setString(4, outcome.code());
      ps.setString(5, client.channel());
      ps.setString(6, client.address());
      ps.setString(7, client.userAgent());
      ps.executeUpdate();
    }
  }
}
