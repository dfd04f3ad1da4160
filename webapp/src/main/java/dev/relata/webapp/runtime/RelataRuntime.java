package dev.relata.webapp.runtime;

import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.FirstStart;
import dev.relata.platform.bootstrap.StartupFailure;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.net.TrustedProxies;
import dev.relata.rules.build.BuildProblem;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the database, migrates it and runs the first-start steps when the application starts; until
 * that has finished, {@link #ready()} is false and the readiness check says so. The outcome is also
 * given to the launcher through {@link StartupSignal}, so that a server that cannot start says why
 * and exits instead of listening without being able to serve.
 */
@ApplicationScoped
public class RelataRuntime {
  private static final Logger LOG = Logger.getLogger(RelataRuntime.class.getName());

  /**
   * Two rounds of 400 rules: 4 s of one core, after which a first publish of 1,000 rules halves.
   */
  private static final int WARM_UP_ROUNDS = 2;

  private volatile Relata relata;
  private volatile String failure;
  private volatile TrustedProxies trustedProxies = TrustedProxies.NONE;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    RelataConfig config = null;
    Relata opened = null;
    try {
      config = RelataConfig.fromEnvironment();
      trustedProxies = config.trustedProxies();
      opened = Relata.open(config);
      new FirstStart(opened, config, System.out::println).run();
      if (config.rulesDir() != null) {
        opened.watchRulesFolder(config.rulesDir());
      }
      relata = opened;
      LOG.info("Relata is ready on " + config.displayDbUrl());
      StartupSignal.ready();
      warmUpRuleCompiler(opened);
    } catch (RuntimeException e) {
      StartupFailure explained = StartupFailure.explain(e, config);
      failure = explained.message();
      // The message says what to change; a stack trace helps only with the unexpected.
      if (explained.kind() == StartupFailure.Kind.UNEXPECTED) {
        LOG.log(Level.SEVERE, "Startup failed: " + failure, e);
      } else {
        LOG.severe("Startup failed: " + failure);
        LOG.log(Level.FINE, "Why Relata could not start", e);
      }
      if (opened != null) {
        closeQuietly(opened);
      }
      StartupSignal.failed(explained.kind().name(), failure);
    }
  }

  /**
   * Builds throw-away rules in the background, so that an analyst's first publish after a start
   * does not wait for the JIT to compile Drools (about half of it on a cold JVM;
   * docs/benchmarks.md).
   */
  private static void warmUpRuleCompiler(Relata opened) {
    Thread warmUp =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                List<BuildProblem> problems = opened.rules().warmUpCompiler(WARM_UP_ROUNDS);
                if (problems.isEmpty()) {
                  LOG.info(
                      String.format(
                          "The rule compiler is warmed up (%.1f s)",
                          (System.nanoTime() - start) / 1e9));
                } else {
                  LOG.warning("The rule compiler's warm-up rules did not build: " + problems);
                }
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The rule compiler's warm-up failed", e);
              }
            },
            "relata-rule-compiler-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
  }

  /** Lets go of the database (an H2 file stays locked while open) and keeps the first failure. */
  private static void closeQuietly(Relata opened) {
    try {
      opened.close();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not close the database after a failed start", e);
    }
  }

  @PreDestroy
  void stop() {
    if (relata != null) {
      relata.close();
    }
  }

  public boolean ready() {
    return relata != null;
  }

  /**
   * The reverse proxies whose {@code X-Forwarded-For} is believed ({@code RELATA_TRUSTED_PROXIES}).
   */
  public TrustedProxies trustedProxies() {
    return trustedProxies;
  }

  /** Why startup failed, or null. */
  public String failure() {
    return failure;
  }

  /** The running platform; fails if startup has not completed. */
  public Relata relata() {
    Relata current = relata;
    if (current == null) {
      throw new IllegalStateException(
          "Relata is not ready" + (failure == null ? "" : ": " + failure));
    }
    return current;
  }
}
