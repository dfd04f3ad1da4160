package dev.relata.webapp.runtime;

import java.util.Optional;

/**
 * How the application tells the launcher ({@code relata.jar}) whether it started. Both run in one
 * JVM but in different class loaders (Payara's for the WAR, the system one for the launcher), so
 * they share no objects; they share system properties. The application sets them while it deploys,
 * which Payara Micro finishes before {@code bootStrap()} returns, and the launcher reads them
 * after. This class is packaged in the WAR and in the launcher alike, so the property names live
 * here only.
 */
public final class StartupSignal {
  static final String OUTCOME = "relata.startup.outcome";
  static final String KIND = "relata.startup.kind";
  static final String MESSAGE = "relata.startup.message";
  private static final String READY = "ready";
  private static final String FAILED = "failed";

  private StartupSignal() {}

  /** What the application said. */
  public record Outcome(boolean ready, String kind, String message) {}

  /** The application is ready to serve. */
  public static void ready() {
    System.clearProperty(KIND);
    System.clearProperty(MESSAGE);
    System.setProperty(OUTCOME, READY);
  }

  /**
   * The application cannot serve.
   *
   * @param kind why, as a name the launcher maps to an exit code
   * @param message one sentence for the operator; never a secret
   */
  public static void failed(String kind, String message) {
    System.setProperty(KIND, kind);
    System.setProperty(MESSAGE, message);
    System.setProperty(OUTCOME, FAILED);
  }

  /** Forgets an earlier outcome, before the application is started. */
  public static void clear() {
    System.clearProperty(OUTCOME);
    System.clearProperty(KIND);
    System.clearProperty(MESSAGE);
  }

  /** What the application said, or empty if it said nothing (it was not deployed). */
  public static Optional<Outcome> read() {
    String outcome = System.getProperty(OUTCOME);
    if (outcome == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Outcome(READY.equals(outcome), System.getProperty(KIND), System.getProperty(MESSAGE)));
  }
}
