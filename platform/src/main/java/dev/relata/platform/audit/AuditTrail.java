package dev.relata.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.identity.Actor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the admin audit log, for administrators only. Nothing here (or anywhere) edits it. */
public final class AuditTrail {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "id, occurred_at, actor_id, actor_username, action,"
          + " target_type, target_id, target_label, before_state, after_state";
  private final Database database;

  public AuditTrail(Database database) {
    this.database = database;
  }

  /** The changes the query selects, newest first (ties: the later written first). */
  public LogPage<AuditEvent> search(Actor actor, AuditQuery query) {
    actor.require(SystemPermission.VIEW_LOGS);
    Conditions conditions =
        new Conditions()
            .from("occurred_at", query.from())
            .before("occurred_at", query.to())
            .containsIgnoringCase("actor_username", query.actor())
            .equal("target_type", query.targetType())
            .equal("target_id", query.targetId());
    if (query.actionIsPrefix()) {
      conditions.startsWith("action", query.action());
    } else {
      conditions.equal("action", query.action());
    }
    return database.read(
        c ->
            conditions.page(
                c, "audit_event", COLUMNS, query.page(), query.size(), AuditTrail::event));
  }

  /** Every action the log holds, sorted: what a filter by action can usefully offer. */
  public List<String> actions(Actor actor) {
    actor.require(SystemPermission.VIEW_LOGS);
    return database.read(
        c -> {
          List<String> actions = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT DISTINCT action FROM audit_event ORDER BY action");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              actions.add(rs.getString(1));
            }
          }
          return actions;
        });
  }

  private static AuditEvent event(ResultSet rs) throws SQLException {
    long actorId = rs.getLong(3);
    Long actorOrSystem = rs.wasNull() ? null : actorId;
    return new AuditEvent(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        actorOrSystem,
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        state(rs.getString(9)),
        state(rs.getString(10)));
  }

  private static JsonNode state(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // AuditLog only writes what Jackson wrote; anything else came from outside the product.
      return JSON.getNodeFactory().textNode(json);
    }
  }
}
