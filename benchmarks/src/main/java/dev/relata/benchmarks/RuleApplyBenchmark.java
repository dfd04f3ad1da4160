package dev.relata.benchmarks;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.rules.api.People;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleActor;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.api.WriteKind;
import dev.relata.rules.run.LiveRuleEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
 * {@code LiveRuleEngine.apply} alone with the 100 opportunity rules of {@link RuleWriteBenchmark}:
 * no database, no transaction. {@code settles}: the benchmark record, which two default rules
 * change (two passes); {@code validates}: the same record with its probability and close date
 * already filled, which no rule changes (one pass).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class RuleApplyBenchmark {

  @Param({"settles", "validates"})
  public String record;

  private Relata relata;
  private LiveRuleEngine engine;
  private RecordWrite write;

  @Setup(Level.Trial)
  public void open() {
    relata = RuleBench.open("h2");
    Actor admin = RuleBench.admin(relata);
    long customer = RuleBench.customer(relata, admin);
    RuleBench.save(relata, admin, RuleSets.opportunity(100, 0));
    relata.ruleManager().publish(admin);
    engine = relata.rules().engine();
    EntityDefinition opportunity = relata.metadata().catalog().require("opportunity");
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Harbour cranes");
    values.put("customer", customer);
    values.put("amount", new BigDecimal(RuleSets.BENCH_AMOUNT));
    values.put("stage", "prospecting");
    if (record.equals("validates")) {
      values.put("probability", new BigDecimal(10));
      values.put("expected_close_date", LocalDate.now().plusDays(30));
    }
    write =
        new RecordWrite(
            opportunity,
            WriteKind.CREATE,
            null,
            null,
            admin.userId(),
            values,
            Map.of(),
            new RuleActor(admin.userId(), admin.username(), Set.of(), (String) null),
            People.NOBODY);
    RuleOutcome outcome = apply();
    if (!outcome.problems().isEmpty() || record.equals("settles") == outcome.changes().isEmpty()) {
      throw new IllegalStateException("Unexpected outcome: " + outcome);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    relata.close();
  }

  @Benchmark
  public RuleOutcome apply() {
    return engine.apply(write);
  }
}
