package dev.relata.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * A load run of record creation over REST: 16 client threads (or {@code -Dthreads=N}) post
 * opportunities to a running Relata as fast as it answers, for a warm-up and then a measured
 * period. Bounded in time, loopback only. Arguments: base URL and admin password.
 */
public final class RestCreateLoad {
  private RestCreateLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    String password = args.length > 1 ? args[1] : BenchDatabase.ADMIN_PASSWORD;
    int threads = Integer.getInteger("threads", 16);
    int warmupSeconds = Integer.getInteger("warmup", 10);
    int seconds = Integer.getInteger("seconds", 30);
    long customers = Long.getLong("customers", 10_000);
    if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
      throw new IllegalArgumentException("Load runs target this machine only");
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token =
        new ObjectMapper()
            .readTree(
                client
                    .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body())
            .get("token")
            .asText();
    ConcurrentHistogram latency = new ConcurrentHistogram(3);
    AtomicLong created = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
    long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                  String body =
                      "{\"name\":\"Load "
                          + random.nextInt()
                          + "\",\"customer\":"
                          + (1 + random.nextLong(customers))
                          + ",\"amount\":"
                          + random.nextInt(1_000_000)
                          + ",\"stage\":\"prospecting\"}";
                  long start = System.nanoTime();
                  try {
                    HttpResponse<Void> response =
                        client.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/records/opportunity"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    long now = System.nanoTime();
                    if (now >= warmupEnd && now < end) {
                      if (response.statusCode() == 201) {
                        created.incrementAndGet();
                        latency.recordValue((now - start) / 1000);
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.printf(
        "REST create, %d clients, %d s measured: %.0f records/s, %d failed;"
            + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        threads,
        seconds,
        created.get() / (double) seconds,
        failed.get(),
        latency.getValueAtPercentile(50) / 1000.0,
        latency.getValueAtPercentile(95) / 1000.0,
        latency.getValueAtPercentile(99) / 1000.0);
  }
}
