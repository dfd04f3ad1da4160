package dev.relata.benchmarks;

import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.FirstStart;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A fresh Relata with the standard objects and an administrator, for the rules benchmarks: on H2 in
 * memory, or on a new PostgreSQL database ({@code relata_rules_bench}, dropped and created).
 */
final class RuleBench {
  static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String POSTGRESQL_DATABASE = "relata_rules_bench";

  private RuleBench() {}

  /**
   * @param database {@code h2} or {@code postgresql}
   */
  static Relata open(String database) {
    Map<String, String> env = new HashMap<>();
    env.put("RELATA_DB_URL", url(database));
    if (database.equals("postgresql")) {
      env.put("RELATA_DB_USER", "postgres");
    } else {
      env.put("RELATA_DB_USER", "sa");
      env.put("RELATA_DB_PASSWORD", "");
    }
    env.put("RELATA_ADMIN_PASSWORD", BenchDatabase.ADMIN_PASSWORD);
    env.put("RELATA_DEMO_DATA", "false");
    env.put("RELATA_DB_POOL_SIZE", "8");
    // 32 random bytes in Base64: a key for this run only, so that no key file is written.
    env.put(
        "RELATA_SECRET_KEY",
        java.util.Base64.getEncoder()
            .encodeToString(
                (UUID.randomUUID().toString().substring(0, 16)
                        + UUID.randomUUID().toString().substring(0, 16))
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    try {
      env.put("RELATA_DATA_DIR", Files.createTempDirectory("relata-rules-bench").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    RelataConfig config = RelataConfig.from(env);
    Relata relata = Relata.open(config);
    new FirstStart(relata, config, line -> {}).run();
    return relata;
  }

  static Actor admin(Relata relata) {
    return IdentityService.actor(relata.identity().signIn("admin", BenchDatabase.ADMIN_PASSWORD));
  }

  /** Saves the files into the working copy (not timed by the callers that time a publish). */
  static void save(Relata relata, Actor admin, SortedMap<String, String> files) {
    files.forEach((path, content) -> relata.ruleManager().save(admin, path, content, null));
  }

  private static String url(String database) {
    if (database.equals("postgresql")) {
      recreatePostgresql();
      return POSTGRESQL_SERVER + POSTGRESQL_DATABASE;
    }
    if (database.equals("h2")) {
      return "jdbc:h2:mem:rules-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
    throw new IllegalArgumentException("database is h2 or postgresql, not " + database);
  }

  private static void recreatePostgresql() {
    try (Connection c =
            DriverManager.getConnection(POSTGRESQL_SERVER + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + POSTGRESQL_DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + POSTGRESQL_DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create " + POSTGRESQL_DATABASE, e);
    }
  }

  /** Creates a customer and returns its id: opportunities need one. */
  static long customer(Relata relata, Actor admin) {
    return (Long)
        relata.records().create("customer", Map.of("name", "Benchmark customer"), admin).get("id");
  }
}
