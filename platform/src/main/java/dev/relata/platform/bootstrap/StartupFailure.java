package dev.relata.platform.bootstrap;

import dev.relata.platform.config.ConfigurationException;
import dev.relata.platform.config.RelataConfig;
import java.io.IOException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Why Relata could not open its installation (read the settings, open and migrate the database, run
 * the first-start steps), said in one sentence that names the setting to change. The server prints
 * it when it cannot start and the console commands when they cannot run; it never holds the
 * database password.
 *
 * @param kind what was wrong, for the process's exit code
 * @param message the sentence, starting in lower case so that it reads after "could not start: "
 */
public record StartupFailure(Kind kind, String message) {

  /** What was wrong. */
  public enum Kind {
    /** A setting has a value Relata cannot use. */
    CONFIGURATION,
    /** The database cannot be reached, refuses the credentials, or is in use elsewhere. */
    DATABASE,
    /** Anything else: a fault to look for in the log. */
    UNEXPECTED
  }

  /** H2's code for a database file held by another process. */
  private static final int H2_DATABASE_IN_USE = 90020;

  /**
   * Explains a failure to open the installation.
   *
   * @param config the settings, or null if reading them failed
   */
  public static StartupFailure explain(Throwable failure, RelataConfig config) {
    if (failure instanceof ConfigurationException) {
      return new StartupFailure(Kind.CONFIGURATION, lowerFirst(failure.getMessage()));
    }
    SQLException sql = find(failure, SQLException.class);
    if (sql != null && config != null) {
      return new StartupFailure(Kind.DATABASE, scrub(database(sql, config), config));
    }
    String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    return new StartupFailure(
        Kind.UNEXPECTED,
        "unexpected "
            + (config == null ? text : scrub(text, config))
            + "; the log above has the details.");
  }

  private static String database(SQLException sql, RelataConfig config) {
    String url = config.displayDbUrl();
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    if (sql.getErrorCode() == H2_DATABASE_IN_USE && url.startsWith("jdbc:h2:")) {
      return "the H2 database at "
          + url
          + " is open in another process (a running Relata?): H2 lets one process use it at a"
          + " time. Stop that process first.";
    }
    if (state.startsWith("08")) {
      return "cannot reach the database at "
          + url
          + ": "
          + reason(sql)
          + ". Check RELATA_DB_URL and that the database is running.";
    }
    if (state.startsWith("28")) {
      return "the database at "
          + url
          + " refused user '"
          + config.dbUser()
          + "': "
          + reason(sql)
          + ". Check RELATA_DB_USER and RELATA_DB_PASSWORD.";
    }
    if (state.equals("3D000")) {
      return "there is no database at " + url + ": " + reason(sql) + ". Check RELATA_DB_URL.";
    }
    return "the database at "
        + url
        + " failed: "
        + reason(sql)
        + ". Check RELATA_DB_URL, RELATA_DB_USER and RELATA_DB_PASSWORD; the log above has the"
        + " details.";
  }

  /**
   * The network's reason when there is one ("Connection refused", an unknown host), otherwise the
   * driver's message, without a closing full stop.
   */
  private static String reason(SQLException sql) {
    IOException network = find(sql, IOException.class);
    String reason;
    if (network instanceof UnknownHostException) {
      reason = "unknown host " + network.getMessage();
    } else if (network != null && network.getMessage() != null) {
      reason = network.getMessage();
    } else {
      reason = String.valueOf(sql.getMessage()).lines().findFirst().orElse("").strip();
    }
    return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
  }

  /** Belt and braces: a driver that repeats the password in a message does not get it printed. */
  private static String scrub(String text, RelataConfig config) {
    String password = config.dbPassword();
    return password == null || password.isEmpty() ? text : text.replace(password, "…");
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String lowerFirst(String sentence) {
    if (sentence == null || sentence.isEmpty()) {
      return "a setting is wrong.";
    }
    // A setting's name (RELATA_…) keeps its case.
    if (sentence.startsWith("RELATA_")) {
      return sentence;
    }
    return sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
  }
}
