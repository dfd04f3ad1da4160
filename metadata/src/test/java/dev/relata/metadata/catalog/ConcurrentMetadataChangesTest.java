package dev.relata.metadata.catalog;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.metadata.testing.TestMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Metadata changes from many threads at once apply one at a time: none is lost. */
class ConcurrentMetadataChangesTest {
  private static final int THREADS = 8;
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();

  @AfterEach
  void close() {
    metadata.close();
  }

  @Test
  void eightThreadsAddingDistinctFieldsAtOnceAllSucceedAndNoFieldIsLost() throws Exception {
    service.createEntity(entity("account"), "ada");
    long revisions = service.countRevisions(null);

    List<Outcome> outcomes = atOnce(i -> service.addField("account", text("field_" + i), "ada"));

    assertThat(outcomes).allMatch(Outcome::succeeded);
    List<String> expected = IntStream.range(0, THREADS).mapToObj(i -> "field_" + i).toList();
    assertThat(service.catalog().require("account").activeFields())
        .extracting(f -> f.name())
        .containsAll(expected);
    assertThat(
            new MetadataService(metadata.database(), null)
                .catalog()
                .require("account")
                .activeFields())
        .hasSize(THREADS + 1);
    assertThat(metadata.schema().columns("t_account"))
        .containsKeys(expected.stream().map(n -> "c_" + n).toArray(String[]::new));
    assertThat(service.countRevisions(null)).isEqualTo(revisions + THREADS);
  }

  @Test
  void eightThreadsAddingTheSameFieldGiveOneSuccessAndCleanRefusals() throws Exception {
    service.createEntity(entity("account"), "ada");

    List<Outcome> outcomes = atOnce(i -> service.addField("account", text("note"), "ada"));

    assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .hasSize(THREADS - 1)
        .allSatisfy(o -> assertThat(o.refusal()).isEqualTo("duplicate"));
    assertThat(service.countRevisions("account")).isEqualTo(2);
  }

  @Test
  void eightThreadsCreatingEntitiesAtOnceAllSucceed() throws Exception {
    List<Outcome> outcomes = atOnce(i -> service.createEntity(entity("thing_" + i), "ada"));

    assertThat(outcomes).allMatch(Outcome::succeeded);
    assertThat(service.catalog().active()).hasSize(THREADS);
    assertThat(service.countRevisions(null)).isEqualTo(THREADS);
  }

  /**
   * Several instances share only PostgreSQL: H2 is embedded in one process, and as H2 commits DDL
   * at once the database lock cannot span a change there.
   */
  @Test
  void twoInstancesOnOnePostgresqlDatabaseAddingFieldsAtOnceLoseNoField() throws Exception {
    assumeTrue(TestDatabases.postgres(), "several instances run on PostgreSQL only");
    service.createEntity(entity("account"), "ada");
    MetadataService other = new MetadataService(metadata.database(), null);

    List<Outcome> outcomes =
        atOnce(i -> (i % 2 == 0 ? service : other).addField("account", text("field_" + i), "ada"));

    assertThat(outcomes).allMatch(Outcome::succeeded);
    assertThat(
            new MetadataService(metadata.database(), null)
                .catalog()
                .require("account")
                .activeFields())
        .hasSize(THREADS + 1);
    assertThat(service.countRevisions(null)).isEqualTo(1 + THREADS);
  }

  /** What one thread's change came to: success, or the code of a clean refusal. */
  private record Outcome(boolean succeeded, String refusal) {}

  @FunctionalInterface
  private interface Change {
    void run(int thread);
  }

  private static List<Outcome> atOnce(Change change) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int thread = i;
        Callable<Outcome> task =
            () -> {
              start.await();
              try {
                change.run(thread);
                return new Outcome(true, null);
              } catch (RelataException e) {
                return new Outcome(
                    false, e.problems().isEmpty() ? e.kind().code() : e.problems().get(0).code());
              }
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
