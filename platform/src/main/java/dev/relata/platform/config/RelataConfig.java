package dev.relata.platform.config;

import dev.relata.metadata.sql.DatabaseConfig;
import dev.relata.platform.net.TrustedProxies;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
    TrustedProxies trustedProxies) {

  /** The reverse proxies whose {@code X-Forwarded-For} header is believed; none by default. */
  public static final String TRUSTED_PROXIES = "RELATA_TRUSTED_PROXIES";

  public static RelataConfig fromEnvironment() {
    return from(System.getenv());
  }

  public static RelataConfig from(Map<String, String> env) {
    Path dataDir = Path.of(value(env, "RELATA_DATA_DIR", "./data")).toAbsolutePath().normalize();
    String url = value(env, "RELATA_DB_URL", null);
    boolean embedded = url == null;
    if (embedded) {
      url = "jdbc:h2:file:" + dataDir.resolve("relata");
    }
    return new RelataConfig(
        url,
        value(env, "RELATA_DB_USER", embedded ? "sa" : null),
        value(env, "RELATA_DB_PASSWORD", embedded ? "" : null),
        dataDir,
        value(env, "RELATA_ADMIN_PASSWORD", null),
        Boolean.parseBoolean(value(env, "RELATA_DEMO_DATA", embedded ? "true" : "false")),
        Integer.parseInt(value(env, "RELATA_PASSWORD_ITERATIONS", "600000")),
        Duration.ofHours(Long.parseLong(value(env, "RELATA_TOKEN_HOURS", "8"))),
        Integer.parseInt(value(env, "RELATA_DB_POOL_SIZE", "20")),
        value(env, "RELATA_DEMO_PASSWORD", null),
        value(env, InstallationKey.ENVIRONMENT_VARIABLE, null),
        trustedProxies(value(env, TRUSTED_PROXIES, null)));
  }

  private static TrustedProxies trustedProxies(String setting) {
    try {
      return TrustedProxies.parse(setting);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
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
        + dbUrl
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

  public DatabaseConfig database() {
    return new DatabaseConfig(dbUrl, dbUser, dbPassword, poolSize);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
