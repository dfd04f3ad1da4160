package dev.relata.platform.config;

import dev.relata.metadata.sql.DatabaseConfig;
import dev.relata.platform.net.TrustedProxies;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an installation is set up. Every setting comes from an environment variable (see README);
 * without {@code RELATA_DB_URL} Relata runs on an embedded H2 file database in the data folder.
 */
public record RelataConfig(
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path dataDir,
    String adminPassword,
    boolean demoData,
    int passwordIterations,
    Duration tokenLifetime,
    int poolSize,
    String demoPassword,
    String secretKey,
    TrustedProxies trustedProxies,
    Path rulesDir) {

  /** The reverse proxies whose {@code X-Forwarded-For} header is believed; none by default. */
  public static final String TRUSTED_PROXIES = "RELATA_TRUSTED_PROXIES";

  /** A folder of rule files kept in the rules and published when it changes; optional. */
  public static final String RULES_DIR = "RELATA_RULES_DIR";

  /** The embedded database's name in the data folder: its file is {@code relata.mv.db}. */
  public static final String EMBEDDED_DATABASE_NAME = "relata";

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

  /**
   * @throws ConfigurationException if a setting has a value Relata cannot use
   */
  public static RelataConfig fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * @throws ConfigurationException if a setting has a value Relata cannot use
   */
  public static RelataConfig from(Map<String, String> env) {
    Path dataDir = Path.of(value(env, "RELATA_DATA_DIR", "./data")).toAbsolutePath().normalize();
    String url = value(env, "RELATA_DB_URL", null);
    boolean embedded = url == null;
    if (embedded) {
      url = "jdbc:h2:file:" + dataDir.resolve(EMBEDDED_DATABASE_NAME);
    } else if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new ConfigurationException(
          "RELATA_DB_URL must start with jdbc:postgresql: (or jdbc:h2:), not '"
              + withoutPassword(url)
              + "'.");
    }
    return new RelataConfig(
        url,
        value(env, "RELATA_DB_USER", embedded ? "sa" : null),
        value(env, "RELATA_DB_PASSWORD", embedded ? "" : null),
        dataDir,
        value(env, "RELATA_ADMIN_PASSWORD", null),
        Boolean.parseBoolean(value(env, "RELATA_DEMO_DATA", embedded ? "true" : "false")),
        number(env, "RELATA_PASSWORD_ITERATIONS", 600_000, 1),
        // 0 hours makes every API token expire at once: useless in production, handy in tests.
        Duration.ofHours(number(env, "RELATA_TOKEN_HOURS", 8, 0)),
        number(env, "RELATA_DB_POOL_SIZE", 20, 1),
        value(env, "RELATA_DEMO_PASSWORD", null),
        value(env, InstallationKey.ENVIRONMENT_VARIABLE, null),
        trustedProxies(value(env, TRUSTED_PROXIES, null)),
        rulesDir(value(env, RULES_DIR, null)));
  }

  /** The folder of rule files to watch, or null; it must exist, so that a typo is not silent. */
  private static Path rulesDir(String setting) {
    if (setting == null) {
      return null;
    }
    Path folder = Path.of(setting).toAbsolutePath().normalize();
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new ConfigurationException(
          RULES_DIR
              + " is "
              + folder
              + ", which is not a folder. Create it or unset "
              + RULES_DIR
              + ".");
    }
    return folder;
  }

  private static TrustedProxies trustedProxies(String setting) {
    try {
      return TrustedProxies.parse(setting);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          TRUSTED_PROXIES
              + ": "
              + e.getMessage()
              + ". Give addresses and CIDR ranges separated by commas, e.g."
              + " 10.0.0.0/8,2001:db8::1",
          e);
    }
  }

  /** The key that seals secrets kept in the database; see {@link InstallationKey}. */
  public byte[] installationKey() {
    return InstallationKey.resolve(secretKey, dataDir, dbUrl.startsWith("jdbc:h2:"));
  }

  /** Without passwords and keys, so that logging a configuration never leaks them. */
  @Override
  public String toString() {
    return "RelataConfig[dbUrl="
        + displayDbUrl()
        + ", dbUser="
        + dbUser
        + ", dataDir="
        + dataDir
        + ", demoData="
        + demoData
        + ", passwordIterations="
        + passwordIterations
        + ", tokenLifetime="
        + tokenLifetime
        + ", poolSize="
        + poolSize
        + ", trustedProxies="
        + trustedProxies
        + "]";
  }

  /** The database URL fit to print: a password given in it is left out. */
  public String displayDbUrl() {
    return withoutPassword(dbUrl);
  }

  /**
   * The file of the H2 database when Relata runs on one in a folder ({@code jdbc:h2:file:…}), so
   * that a command can tell a missing database from an empty one before H2 makes a new file.
   */
  public Optional<Path> embeddedDatabaseFile() {
    String prefix = "jdbc:h2:file:";
    if (!dbUrl.startsWith(prefix)) {
      return Optional.empty();
    }
    String path = dbUrl.substring(prefix.length()).split(";", 2)[0];
    return Optional.of(Path.of(path + ".mv.db").toAbsolutePath().normalize());
  }

  public DatabaseConfig database() {
    return new DatabaseConfig(dbUrl, dbUser, dbPassword, poolSize);
  }

  private static String withoutPassword(String url) {
    return PASSWORD_PARAMETER.matcher(url).replaceAll("$1…");
  }

  private static int number(Map<String, String> env, String name, int fallback, int least) {
    String text = value(env, name, null);
    if (text == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(text.strip());
      if (number >= least) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new ConfigurationException(
        name
            + " must be a whole number from "
            + least
            + " (default "
            + fallback
            + "), not '"
            + text
            + "'.");
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
