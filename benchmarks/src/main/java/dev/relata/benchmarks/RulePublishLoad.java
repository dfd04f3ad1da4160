package dev.relata.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Record creation at a fixed rate while rules are published again and again: opportunities are
 * posted at {@code -Drate=200} per second for {@code -Dseconds=60}, whatever the server's latency
 * (open loop: a late answer does not delay the next request, and latency is counted from when a
 * request was due, so queueing shows). Meanwhile another thread changes one rule file of {@link
 * RuleSets#opportunity} (100 rules by {@code -Drules}) and publishes every {@code
 * -Dpublish.millis=1500} ms through the API. A failure is any answer but 201, or no answer; a 422
 * (a rule refusing the record) would be counted apart, and none is expected. Arguments: base URL
 * and admin password.
 */
public final class RulePublishLoad {
  private RulePublishLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    String password = args.length > 1 ? args[1] : BenchDatabase.ADMIN_PASSWORD;
    int rate = Integer.getInteger("rate", 200);
    int seconds = Integer.getInteger("seconds", 60);
    int rules = Integer.getInteger("rules", 100);
    long publishMillis = Long.getLong("publish.millis", 1500);
    long customers = Long.getLong("customers", 1);
    RulesApi api = new RulesApi(base, password);
    SortedMap<String, String> first = RuleSets.opportunity(rules, 0);
    for (Map.Entry<String, String> file : first.entrySet()) {
      api.put(file.getKey(), file.getValue());
    }
    api.publish();

    ConcurrentHistogram latency = new ConcurrentHistogram(3);
    AtomicLong sent = new AtomicLong();
    AtomicLong created = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Map<Integer, AtomicLong> failures = new java.util.concurrent.ConcurrentHashMap<>();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);

    Histogram publishTimes = new Histogram(3);
    Map<Integer, AtomicLong> publishStatus = new java.util.TreeMap<>();
    Thread publisher =
        new Thread(
            () -> {
              String path = first.firstKey();
              int revision = 1;
              while (System.nanoTime() < end) {
                long began = System.nanoTime();
                try {
                  api.put(path, RuleSets.opportunity(rules, revision++).get(path));
                  HttpResponse<String> response = api.publish();
                  publishTimes.recordValue((System.nanoTime() - began) / 1_000_000);
                  publishStatus
                      .computeIfAbsent(response.statusCode(), s -> new AtomicLong())
                      .incrementAndGet();
                } catch (Exception e) {
                  publishStatus.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                }
                long rest = publishMillis - (System.nanoTime() - began) / 1_000_000;
                if (rest > 0) {
                  try {
                    Thread.sleep(rest);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              }
            },
            "publisher");
    publisher.start();

    ExecutorService senders = Executors.newFixedThreadPool(64);
    long interval = 1_000_000_000L / rate;
    for (long due = start; due < end; due += interval) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      long dueAt = due;
      sent.incrementAndGet();
      senders.execute(
          () -> {
            String body =
                "{\"name\":\"Load "
                    + ThreadLocalRandom.current().nextInt()
                    + "\",\"customer\":"
                    + (1 + ThreadLocalRandom.current().nextLong(customers))
                    + ",\"amount\":"
                    + ThreadLocalRandom.current().nextInt(1_000_000)
                    + ",\"stage\":\"prospecting\"}";
            try {
              HttpResponse<Void> response =
                  api.client()
                      .send(
                          HttpRequest.newBuilder(URI.create(base + "/api/v1/records/opportunity"))
                              .header("Content-Type", "application/json")
                              .header("Authorization", "Bearer " + api.token())
                              .timeout(Duration.ofSeconds(30))
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
              latency.recordValue((System.nanoTime() - dueAt) / 1000);
              int status = response.statusCode();
              if (status == 201) {
                created.incrementAndGet();
              } else if (status == 422) {
                refused.incrementAndGet();
              } else {
                failed.incrementAndGet();
                failures.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
              }
            } catch (Exception e) {
              failed.incrementAndGet();
              failures.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
            }
          });
    }
    senders.shutdown();
    senders.awaitTermination(1, TimeUnit.MINUTES);
    publisher.join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "creates at %d/s for %d s while publishing %d rules every %d ms:"
            + " %d sent, %d created, %d refused by rules (422), %d failed %s;"
            + " latency from due time p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " %.0f s until the last answer%n",
        rate,
        seconds,
        rules,
        publishMillis,
        sent.get(),
        created.get(),
        refused.get(),
        failed.get(),
        failures,
        latency.getValueAtPercentile(50) / 1000.0,
        latency.getValueAtPercentile(95) / 1000.0,
        latency.getValueAtPercentile(99) / 1000.0,
        latency.getMaxValue() / 1000.0,
        elapsed);
    System.out.printf(
        "publishes (PUT one changed file + POST publish): %d, by HTTP status %s;"
            + " time p50 %d ms, p95 %d ms, max %d ms%n",
        publishTimes.getTotalCount(),
        publishStatus,
        publishTimes.getValueAtPercentile(50),
        publishTimes.getValueAtPercentile(95),
        publishTimes.getMaxValue());
  }
}
