package dev.relata.platform.audit;

import dev.relata.metadata.error.RelataException;
import java.time.Instant;

/**
 * Which sign-in attempts to read. Every filter is optional; the ones given must all match.
 *
 * @param from attempts at or after this instant
 * @param to attempts before this instant
 * @param username contained in the username as typed, ignoring case
 * @param address the client address starts with this (so {@code 10.1.} finds a subnet)
 * @param page 0 for the first page
 * @param size entries per page, 1 to {@value LogFilters#MAX_SIZE}
 */
public record LoginQuery(
    Instant from,
    Instant to,
    String username,
    Long userId,
    LoginOutcome outcome,
    String channel,
    String address,
    int page,
    int size) {
  public LoginQuery {
    LogFilters.checkRange(from, to);
    username = LogFilters.text("username", username);
    address = LogFilters.text("address", address);
    channel = channel(channel);
    page = LogFilters.page(page);
    size = LogFilters.size(size);
  }

  /** Everything, first page. */
  public static LoginQuery all() {
    return new LoginQuery(null, null, null, null, null, null, null, 0, LogFilters.DEFAULT_SIZE);
  }

  /** A query from text parameters, as the REST API receives them; mistakes are 400s. */
  public static LoginQuery parse(
      String from,
      String to,
      String username,
      Long userId,
      String outcome,
      String channel,
      String address,
      Integer page,
      Integer size) {
    return new LoginQuery(
        LogFilters.time("from", from, false),
        LogFilters.time("to", to, true),
        username,
        userId,
        LogFilters.outcome(outcome),
        channel,
        address,
        LogFilters.page(page),
        LogFilters.size(size));
  }

  public LoginQuery withPage(int newPage, int newSize) {
    return new LoginQuery(from, to, username, userId, outcome, channel, address, newPage, newSize);
  }

  private static String channel(String channel) {
    String value = LogFilters.text("channel", channel);
    if (value != null && !value.equals("web") && !value.equals("api")) {
      throw RelataException.badRequest("log_filter.channel.invalid", value);
    }
    return value;
  }
}
