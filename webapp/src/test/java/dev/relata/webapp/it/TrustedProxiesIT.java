package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The login log records the address a trusted reverse proxy forwards for, and the peer's own
 * address when the peer is not trusted or says nothing readable. The server trusts {@value
 * RelataServer#TRUSTED_PROXY} only.
 */
class TrustedProxiesIT {
  private static final String CLIENT = "203.0.113.77";
  private final Api admin = Api.admin();

  /** A failed sign-in for a new unknown username, sent through a proxy from 127.0.0.1. */
  private static String viaTrustedProxy(String forwardedFor) throws Exception {
    String username = ApiErrors.uniqueName("proxied");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port() + "/api/v1/auth/token"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", forwardedFor)
                    .POST(HttpRequest.BodyPublishers.ofString(body(username)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    return username;
  }

  /**
   * The same from 127.0.0.2, a peer that is not trusted, over a plain socket (the JDK's HTTP client
   * cannot choose its local address).
   */
  private static String fromUntrustedPeer(String forwardedFor) throws IOException {
    String username = ApiErrors.uniqueName("spoofer");
    String body = body(username);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/auth/token HTTP/1.1\r\n"
                  + "Host: 127.0.0.1:"
                  + port()
                  + "\r\nContent-Type: application/json\r\nX-Forwarded-For: "
                  + forwardedFor
                  + "\r\nContent-Length: "
                  + body.getBytes(StandardCharsets.UTF_8).length
                  + "\r\nConnection: close\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 401");
    }
    return username;
  }

  private static String body(String username) {
    return "{\"username\":\"" + username + "\",\"password\":\"a wrong guess here\"}";
  }

  private static int port() {
    return URI.create(RelataServer.get().baseUrl()).getPort();
  }

  /** The address the login log recorded for the only attempt with this username. */
  private String loggedAddress(String username) {
    JsonNode page = admin.get("/api/v1/admin/logins?username=" + Api.encode(username)).json();
    assertThat(page.get("total").asLong()).isEqualTo(1);
    return page.get("items").get(0).get("address").asText();
  }

  @Test
  void theAddressATrustedProxyForwardsForIsLogged() throws Exception {
    String username = viaTrustedProxy("198.51.100.1, " + CLIENT);

    assertThat(loggedAddress(username)).isEqualTo(CLIENT);
  }

  @Test
  void anIpv6ClientBehindTheTrustedProxyIsLogged() throws Exception {
    String username = viaTrustedProxy("2001:db8::77");

    assertThat(loggedAddress(username)).isEqualTo("2001:db8:0:0:0:0:0:77");
  }

  @Test
  void theHeaderOfAPeerThatIsNotTrustedIsIgnored() throws Exception {
    String username = fromUntrustedPeer(CLIENT);

    assertThat(loggedAddress(username)).isEqualTo("127.0.0.2");
  }

  @Test
  void aHeaderThatCannotBeReadLeavesThePeerAddress() throws Exception {
    String username = viaTrustedProxy("unknown");

    assertThat(loggedAddress(username)).isEqualTo(RelataServer.TRUSTED_PROXY);
  }
}
