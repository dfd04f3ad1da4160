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
  private static final int MAX_ACTOR = 100;
  private static final String SYSTEM = "system";

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
    insert(
        c,
        actor == null ? null : actor.userId(),
        actor == null ? SYSTEM : actor.username(),
        action,
        targetType,
        targetId,
        targetLabel,
        before,
        after);
  }

  /**
   * Records a change made outside any user's session, such as a command run on the server machine,
   * under a name that says where it came from (e.g. {@code console:root}); it has no actor id.
   */
  public void recordBySystem(
      Connection c,
      String actorName,
      String action,
      String targetType,
      String targetId,
      String targetLabel,
      Object before,
      Object after)
      throws SQLException {
    insert(c, null, actorName, action, targetType, targetId, targetLabel, before, after);
  }

  private void insert(
      Connection c,
      Long actorId,
      String actorName,
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
      if (actorId == null) {
        ps.setNull(2, java.sql.Types.BIGINT);
      } else {
        ps.setLong(2, actorId);
      }
      ps.setString(3, cut(actorName, MAX_ACTOR));
      ps.setString(4, action);
      ps.setString(5, targetType);
      ps.setString(6, targetId);
      ps.setString(7, cut(targetLabel, MAX_LABEL));
      ps.setString(8, json(before));
      ps.setString(9, json(after));
      ps.executeUpdate();
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
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
