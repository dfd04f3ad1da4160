package dev.relata.webapp.runtime;

import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.net.TrustedProxies;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The client behind an HTTP request, as the login log, tokens and sessions record it: its address
 * (the connection's peer, or whom a trusted proxy says it forwards) and its user agent.
 */
public final class RequestClients {
  private RequestClients() {}

  /**
   * @param channel {@code web} or {@code api}
   */
  public static ClientInfo of(String channel, HttpServletRequest http, TrustedProxies proxies) {
    String address =
        proxies.clientAddress(
            http.getRemoteAddr(), Collections.list(http.getHeaders("X-Forwarded-For")));
    return new ClientInfo(channel, address, http.getHeader("User-Agent"));
  }
}
