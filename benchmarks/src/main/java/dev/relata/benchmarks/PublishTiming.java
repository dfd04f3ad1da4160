package dev.relata.benchmarks;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.rules.api.People;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.build.RuleFile;
import dev.relata.rules.facts.FactDeclarations;
import dev.relata.rules.verify.RuleTest;
import dev.relata.rules.verify.RuleTestFile;
import dev.relata.rules.verify.RuleTestResult;
import dev.relata.rules.verify.RuleTestRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Publishes a generated rule set ({@link RuleSets#mixed}) of {@code size} rules on a fresh H2
 * database and times it, twice: the first publish in a new JVM, then a changed set on the warm one.
 * Run it with {@code -Xmx1g}; it prints the peak heap in use, sampled every 5 ms, and the heap in
 * use after a full GC with the base in force.
 *
 * <p>{@code drl}: {@code RuleAdministration.publish} itself (build with the DRL compiler, rule
 * tests, revision, swap). {@code model}: the same files and the same fact declarations built with
 * the executable model ({@code KieBuilder.buildAll(ExecutableModelProject.class)}), the same rule
 * tests run on that base, and the base swapped into the engine; then one record is written on it,
 * to show that it works with fact types declared from metadata. Arguments: size, drl|model.
 */
public final class PublishTiming {
  private PublishTiming() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    String compiler = args.length > 1 ? args[1] : "drl";
    int warmUpRounds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    HeapPeak peak = new HeapPeak();
    try (Relata relata = RuleBench.open("h2")) {
      Actor admin = RuleBench.admin(relata);
      long customer = RuleBench.customer(relata, admin);
      if (warmUpRounds > 0) {
        long warmStart = System.nanoTime();
        var problems = relata.rules().warmUpCompiler(warmUpRounds);
        System.out.printf(
            "warm-up, %d rounds of %d rules: %.2f s, problems %s%n",
            warmUpRounds,
            dev.relata.rules.build.CompilerWarmUp.RULES_PER_ROUND,
            (System.nanoTime() - warmStart) / 1e9,
            problems);
      }
      for (int round = 0; round < 2; round++) {
        SortedMap<String, String> files = RuleSets.mixed(size, round);
        long saveStart = System.nanoTime();
        RuleBench.save(relata, admin, files);
        double saveSeconds = (System.nanoTime() - saveStart) / 1e9;
        gc();
        long before = heapUsed();
        peak.reset();
        long start = System.nanoTime();
        String outcome =
            compiler.equals("model")
                ? publishExecutableModel(relata, files)
                : publishDrl(relata, admin);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakUsed = peak.max();
        gc();
        long after = heapUsed();
        Map<String, Object> written =
            relata
                .records()
                .create(
                    "opportunity",
                    Map.of(
                        "name",
                        "After publish",
                        "customer",
                        customer,
                        "amount",
                        RuleSets.BENCH_AMOUNT,
                        "stage",
                        "prospecting"),
                    admin);
        System.out.printf(
            "publish %s, %,d rules in %d files (%s publish): %.2f s; %s;"
                + " heap used before %d MiB, peak %d MiB, after a full GC %d MiB (max %d MiB);"
                + " saving the working copy took %.2f s; a write after it got probability %s%n",
            compiler,
            size,
            files.size() - 1,
            round == 0 ? "first" : "second, changed",
            seconds,
            outcome,
            before >> 20,
            peakUsed >> 20,
            after >> 20,
            Runtime.getRuntime().maxMemory() >> 20,
            saveSeconds,
            written.get("probability"));
      }
    } finally {
      peak.stop();
    }
  }

  private static String publishDrl(Relata relata, Actor admin) {
    var revision = relata.ruleManager().publish(admin);
    return "revision " + revision.id() + ", " + revision.ruleCount() + " rules in force";
  }

  /**
   * What {@code RuleAdministration.publish} does, with the executable model as the compiler: build
   * off to the side, refuse on any error, run the rule tests, swap. The store's revision is left
   * out (a few milliseconds of SQL in the DRL run).
   */
  private static String publishExecutableModel(Relata relata, SortedMap<String, String> files) {
    Catalog catalog = relata.metadata().catalog();
    KieServices services = KieServices.Factory.get();
    KieFileSystem kfs = services.newKieFileSystem();
    kfs.write(
        "src/main/resources/" + FactDeclarations.SOURCE_PATH, FactDeclarations.source(catalog));
    List<RuleTest> tests = new ArrayList<>();
    List<RuleFile> ruleFiles = new ArrayList<>();
    files.forEach(
        (path, content) -> {
          ruleFiles.add(new RuleFile(path, content));
          if (path.endsWith(".drl")) {
            kfs.write("src/main/resources/" + path, content);
          } else {
            tests.addAll(RuleTestFile.parse(path, content).tests());
          }
        });
    long start = System.nanoTime();
    KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("The executable model did not build: " + errors);
    }
    KieBase kieBase = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    int rules = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    RuleBase base = new RuleBase(0, catalog, ruleFiles, kieBase, rules);
    long testStart = System.nanoTime();
    List<RuleTestResult> results = RuleTestRunner.run(base, tests, People.NOBODY);
    long failed = results.stream().filter(r -> !r.passed()).count();
    if (failed > 0) {
      throw new IllegalStateException("Rule tests failed on the executable model: " + results);
    }
    double testSeconds = (System.nanoTime() - testStart) / 1e9;
    relata.rules().engine().swap(base);
    return String.format(
        "build %.2f s, %d rule tests passed in %.2f s, %d rules in force",
        buildSeconds, results.size(), testSeconds, rules);
  }

  private static void gc() {
    System.gc();
    System.gc();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The most heap in use, sampled every 5 ms on a daemon thread. */
  private static final class HeapPeak {
    private final AtomicLong max = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapPeak() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      sampler =
          new Thread(
              () -> {
                while (running) {
                  max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-peak");
      sampler.setDaemon(true);
      sampler.start();
    }

    void reset() {
      max.set(0);
    }

    long max() {
      return max.get();
    }

    void stop() {
      running = false;
    }
  }
}
