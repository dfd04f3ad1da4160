package dev.relata.webapp.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The real {@code relata.jar}, started once per test JVM on a free port with a fresh data folder
 * (H2) or a fresh PostgreSQL schema when {@code RELATA_TEST_DB_URL} is set, and stopped when the
 * JVM exits. Integration and browser tests share it; each test makes its own entities and records
 * so that tests do not depend on each other.
 */
public final class RelataServer {
  public static final String ADMIN_PASSWORD = "integration server passphrase";

  /** The one address the server trusts as a reverse proxy ({@code RELATA_TRUSTED_PROXIES}). */
  public static final String TRUSTED_PROXY = "127.0.0.1";

  private static RelataServer instance;
  private static IllegalStateException startFailure;
  private final Process process;
  private final String baseUrl;
  private final Path log;

  private RelataServer(Process process, String baseUrl, Path log) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  /** The running server, started on first use. */
  public static synchronized RelataServer get() {
    if (startFailure != null) {
      throw new IllegalStateException(
          "relata.jar did not start (see the first failure)", startFailure);
    }
    if (instance == null) {
      try {
        instance = start();
      } catch (IllegalStateException e) {
        startFailure = e;
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.process.destroy()));
    }
    return instance;
  }

  /** e.g. {@code http://localhost:34567} (no trailing slash). */
  public String baseUrl() {
    return baseUrl;
  }

  public Path log() {
    return log;
  }

  private static RelataServer start() {
    try {
      int port = freePort();
      Path dir = Files.createTempDirectory("relata-it");
      Path log = dir.resolve("server.log");
      ProcessBuilder builder =
          new ProcessBuilder(
              List.of(
                  javaBinary(),
                  "-Xmx1g",
                  "-jar",
                  System.getProperty("relata.jar", "target/relata.jar")));
      Map<String, String> env = builder.environment();
      env.put("RELATA_HTTP_PORT", String.valueOf(port));
      env.put("RELATA_DATA_DIR", dir.resolve("data").toString());
      env.put("RELATA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("RELATA_DEMO_DATA", "true");
      env.put("RELATA_PASSWORD_ITERATIONS", "10000");
      // The tests' own connections come from 127.0.0.1 and may act as a reverse proxy; a peer at
      // another loopback address (127.0.0.2) is an untrusted one.
      env.put("RELATA_TRUSTED_PROXIES", TRUSTED_PROXY);
      String pg = System.getenv("RELATA_TEST_DB_URL");
      if (pg != null && pg.startsWith("jdbc:postgresql:")) {
        String schema =
            "relata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        createSchema(pg, schema);
        env.put("RELATA_DB_URL", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        env.put("RELATA_DB_USER", "postgres");
        env.put("RELATA_DEMO_DATA", "true");
      }
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      String baseUrl = "http://localhost:" + port;
      awaitReady(process, baseUrl, log);
      return new RelataServer(process, baseUrl, log);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start relata.jar", e);
    }
  }

  private static void awaitReady(Process process, String baseUrl, Path log) {
    Optional<String> notReady = Readiness.await(process, baseUrl, Duration.ofMinutes(6));
    if (notReady.isPresent()) {
      process.destroy();
      throw new IllegalStateException(notReady.get() + "; see " + log);
    }
  }

  private static void createSchema(String url, String schema) {
    try (Connection c = DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create schema " + schema, e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Connection c = DriverManager.getConnection(url, "postgres", null);
                      Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                  } catch (SQLException e) {
                    System.err.println("Could not drop " + schema + ": " + e.getMessage());
                  }
                }));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
