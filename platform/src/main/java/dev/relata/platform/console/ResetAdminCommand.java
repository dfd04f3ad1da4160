package dev.relata.platform.console;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.StartupFailure;
import dev.relata.platform.config.ConfigurationException;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.organisation.AdminRecovery;
import dev.relata.platform.organisation.RecoveredAdmin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reset-admin}: restores a user's administrator access through {@link AdminRecovery} and
 * prints the new one-time password. On H2 the server must be stopped first (H2 lets one process use
 * the database); on PostgreSQL it may run meanwhile.
 */
public final class ResetAdminCommand {
  /** The outcome when access was restored. */
  public static final String DONE = "DONE";

  /** The outcome when there is no such user. */
  public static final String NO_SUCH_USER = "NO_SUCH_USER";

  private ResetAdminCommand() {}

  /**
   * Runs the command.
   *
   * @param environment the {@code RELATA_*} settings, as the server reads them
   * @param username whose access to restore
   * @param operator who runs the command (the machine's user name), for the audit log
   * @param out where the outcome is printed
   * @param err where a failure is printed, in one line
   * @return {@link #DONE}, {@link #NO_SUCH_USER}, or the name of the {@link StartupFailure.Kind}
   *     that kept the command from opening the installation
   */
  public static String run(
      Map<String, String> environment,
      String username,
      String operator,
      PrintStream out,
      PrintStream err) {
    RelataConfig config = null;
    try {
      config = RelataConfig.from(environment);
      requireExistingDatabase(config);
      try (Relata relata = Relata.open(config)) {
        print(relata.adminRecovery().recover(username, operator), operator, out);
        return DONE;
      }
    } catch (RelataException e) {
      err.println("reset-admin: " + e.getMessage());
      return e.kind() == ErrorKind.NOT_FOUND
          ? NO_SUCH_USER
          : StartupFailure.Kind.CONFIGURATION.name();
    } catch (RuntimeException e) {
      StartupFailure failure = StartupFailure.explain(e, config);
      err.println("reset-admin failed: " + failure.message());
      return failure.kind().name();
    }
  }

  /** Without this, H2 would make a new empty database where the server's was expected. */
  private static void requireExistingDatabase(RelataConfig config) {
    Optional<Path> file = config.embeddedDatabaseFile();
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new ConfigurationException(
          "There is no Relata database at "
              + file.get()
              + ": set RELATA_DATA_DIR (or RELATA_DB_URL) to what the server uses.");
    }
  }

  private static void print(RecoveredAdmin done, String operator, PrintStream out) {
    String name = "'" + done.user().username() + "'";
    out.println("Administrator access restored for " + name + " (id " + done.user().id() + "):");
    if (done.wasLocked()) {
      out.println("  - the lockout is lifted and the failed sign-ins are forgotten");
    }
    if (done.wasDeactivated()) {
      out.println("  - the account is active again (it was deactivated)");
    }
    if (done.hadTwoFactor()) {
      out.println("  - two-factor authentication is off: set it up again after signing in");
    }
    if (done.madeAdmin()) {
      out.println("  - " + name + " is now an administrator (they were not one)");
    }
    out.println("  - every session and API token of " + name + " has ended");
    out.println("  - a new password, shown once here, must be changed at the next sign-in:");
    out.println();
    out.println("      password: " + done.password());
    out.println();
    out.println(
        "Recorded in the admin audit log as "
            + AdminRecovery.ACTION
            + " by "
            + AdminRecovery.CONSOLE_ACTOR_PREFIX
            + operator
            + ".");
  }
}
