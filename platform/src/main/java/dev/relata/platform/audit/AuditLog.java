package dev.relata.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.relata.platform.identity.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Appends administrative changes to {@code audit_event}. Before and after states are written as
 * JSON; pass plain values (maps, lists, strings, numbers), never secrets or password hashes.
 */
public final class AuditLog {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final int MAX_LABEL = 300;

  /**
   * Records one change inside the caller's transaction.
   *
   * @param action what happened, as {@code <target type>.<verb>}, e.g. {@code user.deactivate}
   * @param before the state before the change, or null when something was created
   * @param after the state after the change, or null when something was deleted
   */
  public void record(
      Connection c,
      Actor actor,
      String action,
      String targetType,
      String targetId,
      String targetLabel,
      Object before,
      Object after)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_event (occurred_at,"
                + " actor_id, actor_username, action, target_type, target_id, target_label,"
                + " before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      if (actor == null) {
        ps.setNull(2, java.sql.Types.BIGINT);
        ps.setString(3, "system");
      } else {
        ps.setLong(2, actor.userId());
        ps.setString(3, actor.username());
      }
      ps.setString(4, action);
      ps.setString(5, targetType);
      ps.setString(6, targetId);
      ps.setString(
          7,
          targetLabel == null || targetLabel.length() <= MAX_LABEL
              ? targetLabel
              : targetLabel.substring(0, MAX_LABEL));
      ps.setString(8, json(before));
      ps.setString(9, json(after));
      ps.executeUpdate();
    }
  }

  private static String json(Object state) {
    if (state == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("An audit state must be plain JSON values", e);
    }
  }
}
