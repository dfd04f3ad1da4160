package dev.relata.platform.records;

import static dev.relata.metadata.testing.Refusals.badRequest;
import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** An update names the version it was based on; a stale one is a 409 and writes nothing. */
class OptimisticLockingTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void anUpdateBasedOnAStaleVersionIsAConflictAndWritesNothing() {
    long id = customer();
    records.update("customer", id, Values.of("level", "B"), 1L, admin);
    Map<String, Object> current = records.get("customer", id, admin);
    List<FieldChange> history = records.history("customer", id, admin);

    RelataException refusal =
        refused(
            ErrorKind.CONFLICT,
            () -> records.update("customer", id, Values.of("level", "C"), 1L, admin));

    assertThat(refusal.getMessage()).contains("changed by someone else").contains("Reload");
    assertThat(records.get("customer", id, admin)).isEqualTo(current);
    assertThat(records.history("customer", id, admin)).isEqualTo(history);
  }

  @Test
  void aVersionFromTheFutureIsAConflictToo() {
    long id = customer();

    refused(
        ErrorKind.CONFLICT,
        () -> records.update("customer", id, Values.of("level", "B"), 7L, admin));
  }

  @Test
  void anUpdateWithoutAVersionIsABadRequestSayingHowToSendIt() {
    long id = customer();

    RelataException refusal =
        badRequest(() -> records.update("customer", id, Values.of("level", "B"), null, admin));

    assertThat(refusal.getMessage()).contains("version").contains("If-Match");
  }

  @Test
  void aRecordInTheRecycleBinCannotBeUpdated() {
    long id = customer();
    records.delete("customer", id, admin);

    refused(
        ErrorKind.NOT_FOUND,
        () -> records.update("customer", id, Values.of("level", "B"), 2L, admin));
  }

  @RepeatedTest(3)
  void ofEightThreadsUpdatingTheSameVersionExactlyOneWins() throws Exception {
    long id = customer();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        String level = i % 2 == 0 ? "B" : "C";
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    records.update(
                        "customer",
                        id,
                        Values.of("level", level, "email", level + "@example.com"),
                        1L,
                        admin);
                    return "won";
                  } catch (RelataException e) {
                    return e.kind().name();
                  } catch (RuntimeException e) {
                    return e.toString();
                  }
                }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }

      assertThat(results).as("outcomes %s", results).filteredOn(r -> r.equals("won")).hasSize(1);
      assertThat(results)
          .filteredOn(r -> !r.equals("won"))
          .hasSize(threads - 1)
          .allMatch("CONFLICT"::equals);
    } finally {
      pool.shutdownNow();
    }
    Map<String, Object> after = records.get("customer", id, admin);
    assertThat(after.get("version")).isEqualTo(2L);
    assertThat(records.history("customer", id, admin))
        .filteredOn(c -> c.kind().equals("update"))
        .extracting(c -> c.field() + "=" + c.newValue())
        .containsExactlyInAnyOrder(
            "level=" + after.get("level"), "email=" + after.get("level") + "@example.com");
  }

  private long customer() {
    return (Long)
        records.create("customer", Values.of("name", "Acme", "level", "A"), admin).get("id");
  }
}
