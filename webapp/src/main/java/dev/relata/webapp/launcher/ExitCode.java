package dev.relata.webapp.launcher;

import java.util.Locale;

/**
 * How {@code relata.jar} ends, for scripts and service managers: the same codes whatever the
 * command. Documented in the README; change them only with it.
 */
enum ExitCode {
  /** The command did its job (a server that starts keeps running instead). */
  DONE(0),
  /** Anything not foreseen below; the log says more. */
  UNEXPECTED(1),
  /** A setting (a {@code RELATA_*} variable) or a command-line argument is wrong. */
  CONFIGURATION(2),
  /** The HTTP port is taken or may not be opened. */
  PORT_IN_USE(3),
  /** The database cannot be reached, refuses the credentials, or is in use by another process. */
  DATABASE(4),
  /** {@code reset-admin} names a user that does not exist. */
  NO_SUCH_USER(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /**
   * The exit code for an outcome the application or a platform command reports by name (a startup
   * failure's kind, a command's outcome); an unknown or missing name is {@link #UNEXPECTED}.
   */
  static ExitCode named(String outcome) {
    if (outcome == null) {
      return UNEXPECTED;
    }
    try {
      return valueOf(outcome.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNEXPECTED;
    }
  }
}
