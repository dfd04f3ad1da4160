package dev.relata.metadata.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;

/**
 * Fresh, migrated databases for tests. Without {@code RELATA_TEST_DB_URL} each call gives a new
 * in-memory H2 database; with it (a PostgreSQL URL) each call gives a new schema in that database,
 * dropped when the JVM exits. The same tests run on both.
 */
public final class TestDatabases {
  public static final String URL_VARIABLE = "RELATA_TEST_DB_URL";
  private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchemas));
  }

  private TestDatabases() {}

  public static boolean postgres() {
    String url = baseUrl();
    return url != null && url.startsWith("jdbc:postgresql:");
  }

  /** A connection setting for a new empty database (H2) or schema (PostgreSQL). */
  public static DatabaseConfig freshConfig() {
    String base = baseUrl();
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (base == null || base.startsWith("jdbc:h2:")) {
      return h2Config(id);
    }
    String schema = "relata_test_" + id;
    try (Connection c = DriverManager.getConnection(base, user(), null);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema in " + base, e);
    }
    SCHEMAS.add(schema);
    String separator = base.contains("?") ? "&" : "?";
    return new DatabaseConfig(base + separator + "currentSchema=" + schema, user(), null, 8);
  }

  /**
   * A new, migrated database. Its pool opens connections only as tests need them (up to the
   * configured size) instead of keeping the whole pool open: on PostgreSQL that saves a few
   * thousand connection starts over the suite.
   */
  public static Database fresh() {
    return open(freshConfig());
  }

  /**
   * A new, migrated in-memory H2 database, even when {@code RELATA_TEST_DB_URL} names PostgreSQL:
   * for tests that compare the two.
   */
  public static Database freshH2() {
    return open(h2Config(UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
  }

  private static DatabaseConfig h2Config(String id) {
    return new DatabaseConfig("jdbc:h2:mem:relata_" + id + ";DB_CLOSE_DELAY=-1", "sa", "", 8);
  }

  private static Database open(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.url());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(1);
    hikari.setPoolName("relata-test");
    HikariDataSource pool = new HikariDataSource(hikari);
    Flyway.configure(DatabaseConfig.class.getClassLoader())
        .dataSource(pool)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new Database(pool, config.dialect());
  }

  /** Closes the database's connection pool; on PostgreSQL each open pool holds connections. */
  public static void close(Database database) {
    if (database.dataSource() instanceof AutoCloseable pool) {
      try {
        pool.close();
      } catch (Exception e) {
        throw new IllegalStateException("Could not close the test connection pool", e);
      }
    }
  }

  private static String baseUrl() {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  private static String user() {
    String user = System.getenv("RELATA_TEST_DB_USER");
    return user == null || user.isBlank() ? "postgres" : user;
  }

  private static void dropSchemas() {
    if (SCHEMAS.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(baseUrl(), user(), null);
        Statement s = c.createStatement()) {
      for (String schema : SCHEMAS) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    } catch (SQLException e) {
      System.err.println("Could not drop test schemas " + SCHEMAS + ": " + e.getMessage());
    }
  }
}
