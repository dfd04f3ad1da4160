package dev.relata.webapp.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Polls {@code /health/ready} of a relata.jar the tests started until it answers 200, the process
 * exits, the server says why it cannot start, or time runs out.
 *
 * <p>Each poll is a plain HTTP/1.1 request from a new client, so on a new connection: the default
 * client would upgrade to HTTP/2 and reuse one connection, so a single stalled connection could
 * make every later poll time out although the server is ready.
 */
final class Readiness {
  private Readiness() {}

  /**
   * Empty once the server is ready; else why it is not: it exited (with its exit value), it
   * answered that it cannot start (with its reason), or the limit passed.
   */
  static Optional<String> await(Process process, String baseUrl, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return Optional.of("relata.jar exited with " + process.exitValue());
      }
      Optional<HttpResponse<String>> answer = poll(baseUrl);
      if (answer.isPresent()) {
        HttpResponse<String> response = answer.get();
        if (response.statusCode() == 200) {
          return Optional.empty();
        }
        if (response.body().contains("\"reason\"") && !response.body().contains("starting")) {
          return Optional.of("Relata could not start: " + response.body());
        }
      }
      sleep();
    }
    return Optional.of("relata.jar was not ready within " + limit);
  }

  private static Optional<HttpResponse<String>> poll(String baseUrl) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try {
      return Optional.of(
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty(); // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
