package dev.relata.benchmarks;

import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What rules add to a record write: {@code RecordService.create} of an opportunity with 100
 * validation and default rules on opportunity in force ({@link RuleSets#opportunity}), against the
 * same write with no rules published, on a fresh database (H2 in memory, or PostgreSQL). The
 * written opportunity (prospecting, 120,000) is refused by no rule and gets its probability and
 * close date from two default rules, so each write runs the rules in two passes (ADR 16).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class RuleWriteBenchmark {

  @Param({"h2", "postgresql"})
  public String database;

  /** Rules in force on opportunity: none published, or 100. */
  @Param({"0", "100"})
  public int rules;

  private Relata relata;
  private Actor admin;
  private Map<String, Object> input;

  @Setup(Level.Trial)
  public void open() {
    relata = RuleBench.open(database);
    admin = RuleBench.admin(relata);
    long customer = RuleBench.customer(relata, admin);
    if (rules > 0) {
      RuleBench.save(relata, admin, RuleSets.opportunity(rules, 0));
      relata.ruleManager().publish(admin);
    }
    input =
        Map.of(
            "name",
            "Harbour cranes",
            "customer",
            customer,
            "amount",
            RuleSets.BENCH_AMOUNT,
            "stage",
            "prospecting");
    Map<String, Object> created = create();
    if (rules > 0 && created.get("probability") == null) {
      throw new IllegalStateException("The rules did not run: " + created);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    relata.close();
  }

  @Benchmark
  public Map<String, Object> create() {
    return relata.records().create("opportunity", input, admin);
  }
}
