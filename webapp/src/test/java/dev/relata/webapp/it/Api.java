package dev.relata.webapp.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small REST client for integration tests: JSON in, status and JSON out. */
public final class Api {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String token;

  private Api(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** A client without a token. */
  public static Api anonymous() {
    return new Api(RelataServer.get().baseUrl(), null);
  }

  /** A client without a token, for a server the test started itself. */
  public static Api at(String baseUrl) {
    return new Api(baseUrl, null);
  }

  /** A client signed in as the bootstrap administrator. */
  public static Api admin() {
    return signIn("admin", RelataServer.ADMIN_PASSWORD);
  }

  /** A client signed in as a user without two-factor. */
  public static Api signIn(String username, String password) {
    Api anonymous = anonymous();
    Reply reply =
        anonymous.post(
            "/api/v1/auth/token",
            MAPPER
                .createObjectNode()
                .put("username", username)
                .put("password", password)
                .toString());
    if (reply.status() != 200) {
      throw new IllegalStateException("Cannot sign in as " + username + ": " + reply);
    }
    return new Api(anonymous.baseUrl, reply.json().get("token").asText());
  }

  /** The bearer token this client sends, or null. */
  public String token() {
    return token;
  }

  public Api withToken(String otherToken) {
    return new Api(baseUrl, otherToken);
  }

  /** An HTTP answer. */
  public record Reply(int status, String body, HttpResponse<String> response) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply patch(String path, String json) {
    return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply patch(String path, String json, String ifMatch) {
    return send(
        request(path)
            .header("If-Match", ifMatch)
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON request (null body: none) with {@code If-Match}, e.g. the ETag a GET answered. */
  public Reply ifMatch(String method, String path, String json, String ifMatch) {
    HttpRequest.Builder builder =
        withType(
            method,
            path,
            json == null ? null : "application/json",
            json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
    return send(builder.header("If-Match", ifMatch));
  }

  /** A request with any method, content type (null: none) and body (null: none). */
  public Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return send(builder);
  }

  /** A request whose body is given as bytes (null content type: none), e.g. invalid UTF-8. */
  public Reply sendBytes(String method, String path, String contentType, byte[] body) {
    return send(withType(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A request whose body is sent in chunks, without a Content-Length. */
  public Reply sendChunked(String method, String path, String contentType, byte[] body) {
    return send(
        withType(
            method,
            path,
            contentType,
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body))));
  }

  /** A GET with a header set to this value (replacing {@code Accept}, for instance). */
  public Reply getWithHeader(String path, String name, String value) {
    return send(request(path).setHeader(name, value).GET());
  }

  private HttpRequest.Builder withType(
      String method, String path, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(method, body);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public Reply put(String path, String json) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
