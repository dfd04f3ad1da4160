package dev.relata.platform.audit;

import java.time.Instant;

/**
 * Which administrative changes to read. Every filter is optional; the ones given must all match.
 *
 * @param from changes at or after this instant
 * @param to changes before this instant
 * @param actor contained in the acting user's username, ignoring case
 * @param action an exact action ({@code user.deactivate}), or a prefix ending in a dot ({@code
 *     user.}) for every action on one kind of target
 * @param targetType exactly, e.g. {@code entity}
 * @param targetId exactly, e.g. an entity name or a user id
 * @param page 0 for the first page
 * @param size entries per page, 1 to {@value LogFilters#MAX_SIZE}
 */
public record AuditQuery(
    Instant from,
    Instant to,
    String actor,
    String action,
    String targetType,
    String targetId,
    int page,
    int size) {
  public AuditQuery {
    LogFilters.checkRange(from, to);
    actor = LogFilters.text("actor", actor);
    action = LogFilters.text("action", action);
    targetType = LogFilters.text("targetType", targetType);
    targetId = LogFilters.text("targetId", targetId);
    page = LogFilters.page(page);
    size = LogFilters.size(size);
  }

  /** Everything, first page. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, 0, LogFilters.DEFAULT_SIZE);
  }

  /** A query from text parameters, as the REST API receives them; mistakes are 400s. */
  public static AuditQuery parse(
      String from,
      String to,
      String actor,
      String action,
      String targetType,
      String targetId,
      Integer page,
      Integer size) {
    return new AuditQuery(
        LogFilters.time("from", from, false),
        LogFilters.time("to", to, true),
        actor,
        action,
        targetType,
        targetId,
        LogFilters.page(page),
        LogFilters.size(size));
  }

  public AuditQuery withPage(int newPage, int newSize) {
    return new AuditQuery(from, to, actor, action, targetType, targetId, newPage, newSize);
  }

  /** Whether {@link #action} selects every action under a prefix. */
  public boolean actionIsPrefix() {
    return action != null && action.endsWith(".");
  }
}
