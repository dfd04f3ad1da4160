package dev.relata.webapp.runtime;

import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.FirstStart;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.net.TrustedProxies;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the database, migrates it and runs the first-start steps when the application starts; until
 * that has finished, {@link #ready()} is false and the readiness check says so.
 */
@ApplicationScoped
public class RelataRuntime {
  private static final Logger LOG = Logger.getLogger(RelataRuntime.class.getName());
  private volatile Relata relata;
  private volatile String failure;
  private volatile TrustedProxies trustedProxies = TrustedProxies.NONE;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      RelataConfig config = RelataConfig.fromEnvironment();
      trustedProxies = config.trustedProxies();
      Relata opened = Relata.open(config);
      new FirstStart(opened, config, System.out::println).run();
      relata = opened;
      LOG.info("Relata is ready on " + config.dbUrl().replaceAll("password=[^&;]*", "password=…"));
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Relata could not start", e);
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
