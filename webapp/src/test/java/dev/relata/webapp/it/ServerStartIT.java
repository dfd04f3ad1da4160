package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real relata.jar starting: ready and serving when it can; when it cannot, one line that says
 * why and what to do, and an exit code (2 a setting, 3 the port, 4 the database) instead of a
 * process that runs on without serving.
 */
class ServerStartIT {
  /** A failed start still boots Payara Micro first; on a loaded machine that takes minutes. */
  private static final Duration FAILED_START = Duration.ofMinutes(6);

  private static Map<String, String> settings(int port) throws IOException {
    Map<String, String> settings = new HashMap<>();
    settings.put("RELATA_HTTP_PORT", String.valueOf(port));
    settings.put("RELATA_DATA_DIR", Files.createTempDirectory("relata-start").toString());
    settings.put("RELATA_PASSWORD_ITERATIONS", "10000");
    settings.put("RELATA_DEMO_DATA", "false");
    settings.put("RELATA_ADMIN_PASSWORD", "a long passphrase 12345");
    return settings;
  }

  /** The start's one line of explanation, which must also be the last on standard error. */
  private static String whyItFailed(JarProcess start) {
    List<String> lines = start.linesStartingWith("Relata could not start: ");
    assertThat(lines).as("one line says why; stderr:%n%s", start.err()).hasSize(1);
    assertThat(start.lastErrorLine()).isEqualTo(lines.get(0));
    assertThat(start.out()).doesNotContain("Relata is listening");
    return lines.get(0);
  }

  @Test
  void aStartedServerSaysWhereItListensOnceItIsReady() throws IOException {
    RelataServer server = RelataServer.get();

    assertThat(Files.readString(server.log()))
        .contains("Relata is listening on " + server.baseUrl() + "/");
  }

  @Test
  void theRuleCompilerIsWarmedUpInTheBackgroundAfterTheStart() throws Exception {
    RelataServer server = RelataServer.get();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String log = Files.readString(server.log());
    while (!log.contains("The rule compiler is warmed up") && System.nanoTime() < deadline) {
      assertThat(log).doesNotContain("The rule compiler's warm-up");
      Thread.sleep(500);
      log = Files.readString(server.log());
    }

    assertThat(log).contains("The rule compiler is warmed up (");
  }

  @Test
  void aTakenPortEndsTheStartAtOnceWithExitCode3() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      try (JarProcess start = JarProcess.start(settings(port))) {

        assertThat(start.awaitExit(Duration.ofMinutes(1))).isEqualTo(3);
        assertThat(whyItFailed(start))
            .isEqualTo(
                "Relata could not start: port "
                    + port
                    + " is in use; set RELATA_HTTP_PORT to a free port (or stop what uses it).");
      }
    }
  }

  @Test
  void anUnreachableDatabaseEndsTheStartWithExitCode4AndNoPasswordShown() throws IOException {
    Map<String, String> settings = settings(JarProcess.freePort());
    settings.put("RELATA_DB_URL", "jdbc:postgresql://127.0.0.1:1/none");
    settings.put("RELATA_DB_USER", "relata");
    settings.put("RELATA_DB_PASSWORD", "never-shown-anywhere");
    try (JarProcess start = JarProcess.start(settings)) {

      assertThat(start.awaitExit(FAILED_START)).isEqualTo(4);
      assertThat(whyItFailed(start))
          .isEqualTo(
              "Relata could not start: cannot reach the database at"
                  + " jdbc:postgresql://127.0.0.1:1/none: Connection refused. Check RELATA_DB_URL"
                  + " and that the database is running.");
      assertThat(start.out() + start.err()).doesNotContain("never-shown-anywhere");
    }
  }

  @Test
  void anAdminPasswordThePolicyRefusesEndsTheStartWithExitCode2() throws IOException {
    Map<String, String> settings = settings(JarProcess.freePort());
    settings.put("RELATA_ADMIN_PASSWORD", "admin passphrase for relata");
    try (JarProcess start = JarProcess.start(settings)) {

      assertThat(start.awaitExit(FAILED_START)).isEqualTo(2);
      assertThat(whyItFailed(start))
          .isEqualTo(
              "Relata could not start: RELATA_ADMIN_PASSWORD is refused by the password policy: A"
                  + " password may not contain the username. Set another value and start again.");
    }
  }

  @Test
  void aPortThatIsNotANumberEndsTheStartWithExitCode2() throws IOException {
    Map<String, String> settings = settings(0);
    settings.put("RELATA_HTTP_PORT", "eighty");
    try (JarProcess start = JarProcess.start(settings)) {

      assertThat(start.awaitExit(Duration.ofMinutes(1))).isEqualTo(2);
      assertThat(whyItFailed(start))
          .isEqualTo(
              "Relata could not start: RELATA_HTTP_PORT must be a port number (1-65535), not"
                  + " 'eighty'.");
    }
  }

  @Test
  void startedServerIsReadyServesOpenApiAndLoadsStandardObjectsWithDemoData() {
    Api admin = Api.admin();

    assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
    assertThat(Api.anonymous().get("/openapi").body()).contains("/api/v1/records/{entity}");
    // Other tests share this server and add entities and records: "at least" is what holds.
    assertThat(admin.get("/api/v1/metadata/entities").json().get("items"))
        .extracting(entity -> entity.get("name").asText())
        .contains("customer", "contact", "opportunity", "contract", "service_request");
    // The demo's 40 customers are the first 40 records.
    assertThat(
            admin
                .get("/api/v1/records/customer?size=1&filter=" + Api.encode("id le 40"))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(40);
    assertThat(
            admin
                .get("/api/v1/records/contract?sort=contract_no&size=1")
                .json()
                .get("items")
                .get(0)
                .get("contract_no")
                .asText())
        .isEqualTo("CT-00001");
  }

  @Test
  void everyApiCallButSignInNeedsAToken() {
    Api.Reply reply = Api.anonymous().get("/api/v1/records/customer");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("error").asText()).isEqualTo("unauthorized");
    assertThat(Api.anonymous().withToken("forged").get("/api/v1/metadata/entities").status())
        .isEqualTo(401);
  }
}
