package dev.relata.platform.audit;

/**
 * Where a sign-in came from: the channel ({@code web} or {@code api}), the client's address and its
 * user agent, each cut to the length the log keeps.
 */
public record ClientInfo(String channel, String address, String userAgent) {
  public static final ClientInfo UNKNOWN = new ClientInfo("api", null, null);

  public ClientInfo {
    address = cut(address, 100);
    userAgent = cut(userAgent, 500);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
