package dev.relata.platform.audit;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.identity.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the login log, for administrators only. Nothing here (or anywhere) edits it. */
public final class LoginHistory {
  private static final String COLUMNS =
      "id, occurred_at, username, user_id, outcome, channel," + " address, user_agent";
  private final Database database;

  public LoginHistory(Database database) {
    this.database = database;
  }

  /** The attempts the query selects, newest first (ties: the later written first). */
  public LogPage<LoginEvent> search(Actor actor, LoginQuery query) {
    actor.require(SystemPermission.VIEW_LOGS);
    Conditions conditions =
        new Conditions()
            .from("occurred_at", query.from())
            .before("occurred_at", query.to())
            .containsIgnoringCase("username", query.username())
            .equal("user_id", query.userId())
            .equal("outcome", query.outcome() == null ? null : query.outcome().code())
            .equal("channel", query.channel())
            .startsWith("address", query.address());
    return database.read(
        c ->
            conditions.page(
                c, "login_event", COLUMNS, query.page(), query.size(), LoginHistory::event));
  }

  private static LoginEvent event(ResultSet rs) throws SQLException {
    long userId = rs.getLong(4);
    Long user = rs.wasNull() ? null : userId;
    return new LoginEvent(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        user,
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8));
  }
}
