package dev.relata.webapp.launcher;

import dev.relata.webapp.runtime.StartupSignal;
import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts Payara Micro with the WAR at the root context and waits for the application's verdict: it
 * says "Relata is listening" only once Relata can serve; otherwise it shuts Payara down and ends
 * with one line that says why and what to do, and an {@link ExitCode}.
 */
final class Server {
  static final String FAILED = "Relata could not start: ";
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

  private final Path war;
  private final int port;
  private final boolean cluster;

  Server(Path war, int port, boolean cluster) {
    this.war = war;
    this.port = port;
    this.cluster = cluster;
  }

  /** Starts; empty while the server runs, or how the process must end. */
  Optional<ExitCode> start() {
    Optional<String> busy = PortCheck.problem(port);
    if (busy.isPresent()) {
      return fail(ExitCode.PORT_IN_USE, busy.get());
    }
    StartupSignal.clear();
    PayaraMicroRuntime runtime;
    try {
      runtime =
          PayaraMicro.getInstance()
              .setHttpPort(port)
              .setNoCluster(!cluster)
              .setPreBootHandler(PreBootCommands.shipped())
              .addDeploymentFile(rootWar())
              .bootStrap();
    } catch (BootstrapException | RuntimeException e) {
      // Payara has logged why and shut itself down, but leaves threads that would keep the
      // process alive: the caller exits.
      Optional<String> busyNow = PortCheck.problem(port);
      return busyNow.isPresent()
          ? fail(ExitCode.PORT_IN_USE, busyNow.get())
          : fail(
              ExitCode.UNEXPECTED,
              "Payara Micro failed to start ("
                  + rootMessage(e)
                  + "); the log above has the details.");
    }
    // Payara Micro deploys the WAR, and the application opens the database, inside bootStrap().
    Optional<StartupSignal.Outcome> outcome = StartupSignal.read();
    if (outcome.isPresent() && outcome.get().ready()) {
      System.out.println("Relata is listening on http://localhost:" + port + "/");
      return Optional.empty();
    }
    shutDown(runtime);
    return outcome
        .map(said -> fail(ExitCode.named(said.kind()), said.message()))
        .orElseGet(
            () ->
                fail(
                    ExitCode.UNEXPECTED,
                    "the application was not deployed; the log above has the details."));
  }

  private static Optional<ExitCode> fail(ExitCode code, String why) {
    System.err.println(FAILED + why);
    return Optional.of(code);
  }

  /** Shuts Payara down before the last line is printed, waiting a bounded time for it. */
  private static void shutDown(PayaraMicroRuntime runtime) {
    Thread shutdown =
        new Thread(
            () -> {
              try {
                runtime.shutdown();
              } catch (BootstrapException | RuntimeException e) {
                System.err.println("Payara Micro did not shut down cleanly: " + e.getMessage());
              }
            },
            "relata-shutdown");
    shutdown.setDaemon(true);
    shutdown.start();
    try {
      shutdown.join(SHUTDOWN_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** Payara Micro deploys a WAR named ROOT.war at the root context. */
  private File rootWar() {
    try {
      Path dir = Files.createTempDirectory("relata-deploy");
      Path root = dir.resolve("ROOT.war");
      Files.copy(war, root);
      root.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return root.toFile();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stage the WAR for deployment", e);
    }
  }
}
