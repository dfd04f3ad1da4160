package dev.relata.platform.audit;

import dev.relata.metadata.sql.Database;
import dev.relata.platform.identity.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the login log, for administrators only. Nothing here (or anywhere) edits it. */
public final class LoginHistory {
  private static final String COLUMNS = "id, occurred_at, username, user_id, outcome, channel,"
      + " address, user_agent";
  private final Database database;

  public LoginHistory(Database database) {
    this.database = database;
  }

  /** The attempts the query selects, newest first (ties: the later written first). */
  public LogPage<LoginEvent> search(Actor actor, LoginQuery query) {
    actor.requireAdmin();
    Conditions conditions = new Conditions()
        .from("occurred_at", query.from())
        .before("occurred_at", query.to())
        .containsIgnoringCase("username", query.username())
        .equal("user_id", query.userId())
        .equal("outcome", query.outcome() == null ? null : query.outcome().code())
        .equal("channel", query.channel())
        .startsWith("address", query.address());
    return database.read(c -> new LogPage<>(items(c, conditions, query),
        conditions.count(c, "login_event"), query.page(), query.size()));
  }

  private static List<LoginEvent> items(Connection c, Conditions conditions, LoginQuery query)
      throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM login_event" + conditions.where()
        + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    List<LoginEvent> events = new ArrayList<>();
    try (PreparedStatement ps = conditions.prepare(c, sql,
        (long) query.page() * query.size(), query.size());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long userId = rs.getLong(4);
        Long user = rs.wasNull() ? null : userId;
        events.add(new LoginEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(),
            rs.getString(3), user, rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8)));
      }
    }
    return events;
  }
}
