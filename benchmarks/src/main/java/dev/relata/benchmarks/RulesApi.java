package dev.relata.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;

/**
 * Puts generated rules in force on a running Relata through the rules API, as an administrator
 * would: {@code PUT /api/v1/admin/rules/{path}} for each file, then {@code POST
 * /api/v1/admin/rules/publish}. Loopback only.
 *
 * <p>As a program: {@code <base URL> <admin password> publish <rules> [revision]} puts {@link
 * RuleSets#opportunity} in force; {@code clear <rules>} deletes those files and publishes, so that
 * no rule is in force. Prints the status and time of the publish.
 */
public final class RulesApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final String token;

  RulesApi(String base, String password) throws IOException, InterruptedException {
    if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
      throw new IllegalArgumentException("Benchmarks target this machine only");
    }
    this.base = base;
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("username", "admin", "password", password))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    this.token = JSON.readTree(response.body()).get("token").asText();
  }

  String token() {
    return token;
  }

  HttpClient client() {
    return client;
  }

  /** Saves one file of the working copy; returns the HTTP status. */
  int put(String path, String content) throws IOException, InterruptedException {
    return client
        .send(
            request("/api/v1/admin/rules/" + path)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("content", content))))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  int delete(String path) throws IOException, InterruptedException {
    return client
        .send(
            request("/api/v1/admin/rules/" + path).DELETE().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Publishes the working copy; the response (201, or 409/422 with the reason). */
  HttpResponse<String> publish() throws IOException, InterruptedException {
    return client.send(
        request("/api/v1/admin/rules/publish")
            .POST(HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofMinutes(2))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30));
  }

  public static void main(String[] args) throws Exception {
    RulesApi api = new RulesApi(args[0], args[1]);
    String command = args[2];
    int rules = Integer.parseInt(args[3]);
    int revision = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    SortedMap<String, String> files = RuleSets.opportunity(rules, revision);
    for (Map.Entry<String, String> file : files.entrySet()) {
      int status =
          command.equals("clear")
              ? api.delete(file.getKey())
              : api.put(file.getKey(), file.getValue());
      if (status / 100 != 2) {
        throw new IllegalStateException(command + " " + file.getKey() + ": HTTP " + status);
      }
    }
    long start = System.nanoTime();
    HttpResponse<String> published = api.publish();
    System.out.printf(
        "%s %d opportunity rules: publish HTTP %d in %.0f ms%n",
        command, rules, published.statusCode(), (System.nanoTime() - start) / 1e6);
    if (published.statusCode() != 201) {
      throw new IllegalStateException(published.body());
    }
  }
}
