package dev.relata.webapp.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * {@code java -jar relata.jar [command]}: without a command, starts Relata: Payara Micro from
 * {@code lib/payara-micro.jar} with {@code lib/relata.war} deployed at the root context, on {@code
 * RELATA_HTTP_PORT} (default 8080). Clustering is off unless {@code RELATA_CLUSTER=true}, so that a
 * trial never joins a stranger's cluster. With a command, runs it and exits; {@code --help} lists
 * them. Every way out has an {@link ExitCode}.
 */
public final class RelataLauncher {
  static final String USAGE =
      """
      Usage: java -jar relata.jar [command]

      Commands:
        (none)                       start the Relata server; settings are RELATA_* environment
                                     variables (see README.md)
        reset-admin --username NAME  restore NAME's administrator access when nobody can sign in
                                     to administer Relata: lifts a lockout, turns two-factor off,
                                     makes NAME an active administrator and prints a new password
                                     that must be changed at the next sign-in. Run it on the server
                                     machine with the server's RELATA_DB_URL / RELATA_DATA_DIR; on
                                     the embedded H2 database stop the server first.
        --help                       show this help

      Exit codes: 0 done (a started server keeps running), 1 unexpected error, 2 a setting or
      argument is wrong, 3 the HTTP port is in use, 4 the database cannot be used, 5 no such user.
      """;

  /** The logger Payara Micro's shutdown hook writes to. */
  private static final String PAYARA_MICRO_LOGGER = "PayaraMicro";

  private RelataLauncher() {}

  public static void main(String[] args) {
    Command command = Command.parse(args);
    Optional<ExitCode> exit;
    if (command instanceof Command.Help) {
      System.out.print(USAGE);
      exit = Optional.of(ExitCode.DONE);
    } else if (command instanceof Command.Wrong wrong) {
      System.err.println(wrong.problem() + " Run: java -jar relata.jar --help");
      exit = Optional.of(ExitCode.CONFIGURATION);
    } else {
      exit = run(command);
    }
    // Without an exit code the server runs on Payara's threads.
    exit.ifPresent(RelataLauncher::exit);
  }

  /**
   * Ends the process. After a failure the line that says why has just been printed; Payara Micro's
   * shutdown hook would add that Payara had already shut down, through the handlers Payara set up
   * and through a console handler it makes at exit. Both are silenced so that the line saying why
   * stays the last one.
   */
  private static void exit(ExitCode code) {
    if (code != ExitCode.DONE) {
      System.err.flush();
      for (String name : new String[] {"", PAYARA_MICRO_LOGGER}) {
        Logger logger = Logger.getLogger(name);
        for (Handler handler : logger.getHandlers()) {
          logger.removeHandler(handler);
        }
      }
      System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    }
    System.exit(code.code());
  }

  private static Optional<ExitCode> run(Command command) {
    Path war = home().resolve("lib").resolve("relata.war");
    if (!Files.isRegularFile(war)) {
      System.err.println("Cannot find " + war + "; build with: mvn -DskipTests package");
      return Optional.of(ExitCode.CONFIGURATION);
    }
    if (command instanceof Command.ResetAdmin reset) {
      return Optional.of(ResetAdmin.run(war, reset.username()));
    }
    Optional<Integer> port = port(System.getenv("RELATA_HTTP_PORT"));
    if (port.isEmpty()) {
      return Optional.of(ExitCode.CONFIGURATION);
    }
    boolean cluster = Boolean.parseBoolean(System.getenv("RELATA_CLUSTER"));
    return new Server(war, port.get(), cluster).start();
  }

  private static Path home() {
    try {
      return Path.of(
              RelataLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("relata.jar's own location is not a file path", e);
    }
  }

  private static Optional<Integer> port(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(8080);
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port > 0 && port < 65536) {
        return Optional.of(port);
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    System.err.println(
        Server.FAILED + "RELATA_HTTP_PORT must be a port number (1-65535), not '" + value + "'.");
    return Optional.empty();
  }
}
