package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.AuditEvent;
import dev.relata.platform.audit.AuditQuery;
import dev.relata.platform.bootstrap.FirstStart;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.AdminRecovery;
import dev.relata.platform.testing.AccountTrouble;
import dev.relata.platform.testing.TestRelata;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Break-glass recovery end to end: every administrator locked out (wrong passwords) and without
 * their second factor, {@code java -jar relata.jar reset-admin --username admin} on the server
 * machine, then signing in through the API with the printed password. On H2 the server must be
 * stopped meanwhile; on PostgreSQL ({@code RELATA_TEST_DB_URL}) the command runs beside it.
 */
class AdminRecoveryIT {
  private static final String OLD_PASSWORD = "a forgotten lighthouse passphrase";
  private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");
  private static final Duration COMMAND = Duration.ofMinutes(2);
  private static final Duration SERVER_START = Duration.ofMinutes(6);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The server's settings, on a database of this test's own. */
  private static Map<String, String> settings() throws IOException {
    Map<String, String> settings = new HashMap<>();
    settings.put("RELATA_HTTP_PORT", String.valueOf(JarProcess.freePort()));
    settings.put("RELATA_DATA_DIR", Files.createTempDirectory("relata-recovery").toString());
    settings.put("RELATA_PASSWORD_ITERATIONS", "10000");
    settings.put("RELATA_DEMO_DATA", "false");
    settings.put("RELATA_ADMIN_PASSWORD", OLD_PASSWORD);
    settings.put("RELATA_SECRET_KEY", TestRelata.TEST_KEY);
    if (TestDatabases.postgres()) {
      settings.put("RELATA_DB_URL", TestDatabases.freshConfig().url());
      settings.put("RELATA_DB_USER", "postgres");
    }
    return settings;
  }

  /** What the server's first start makes, then the trouble: locked out, second factor lost. */
  private static void lockEveryAdministratorOut(Map<String, String> settings) {
    RelataConfig config = RelataConfig.from(settings);
    try (Relata relata = Relata.open(config)) {
      new FirstStart(relata, config, line -> {}).run();
      User admin = relata.identity().userByUsername("admin").orElseThrow();
      AccountTrouble.enrolTwoFactor(relata, admin.id());
      AccountTrouble.lockOut(relata, "admin");
    }
  }

  private static JarProcess resetAdmin(Map<String, String> settings, String username) {
    return JarProcess.start(settings, "reset-admin", "--username", username);
  }

  private static Api.Reply signIn(String baseUrl, String password) {
    return Api.at(baseUrl)
        .post(
            "/api/v1/auth/token",
            JSON.createObjectNode().put("username", "admin").put("password", password).toString());
  }

  @Test
  void aLockedOutAdministratorGetsAOneTimePasswordThatMustBeChangedAndTheAuditLogSaysWho()
      throws IOException {
    Map<String, String> settings = settings();
    lockEveryAdministratorOut(settings);
    String baseUrl = "http://localhost:" + settings.get("RELATA_HTTP_PORT");
    String printed;
    try (JarProcess server = TestDatabases.postgres() ? JarProcess.start(settings) : null) {
      if (server != null) {
        // PostgreSQL serves several processes: the command runs beside the server.
        server.awaitReady(baseUrl, SERVER_START);
      }
      try (JarProcess reset = resetAdmin(settings, "admin")) {
        assertThat(reset.awaitExit(COMMAND)).as(reset.err()).isZero();
        assertThat(reset.out())
            .contains("Administrator access restored for 'admin'")
            .contains("the lockout is lifted")
            .contains("two-factor authentication is off");
        List<String> passwords =
            PASSWORD.matcher(reset.out()).results().map(m -> m.group(1)).toList();
        assertThat(passwords).hasSize(1);
        printed = passwords.get(0);
      }
      try (JarProcess started = server == null ? JarProcess.start(settings) : null) {
        if (started != null) {
          started.awaitReady(baseUrl, SERVER_START);
          assertThat(started.out()).contains("Relata is listening on " + baseUrl + "/");
          try (JarProcess beside = resetAdmin(settings, "admin")) {
            // H2 lets one process use the database: the command says so and changes nothing.
            assertThat(beside.awaitExit(COMMAND)).isEqualTo(4);
            assertThat(beside.err())
                .contains("is open in another process (a running Relata?)")
                .doesNotContain("password: ");
          }
        }

        Api.Reply withOld = signIn(baseUrl, OLD_PASSWORD);
        Api.Reply withNew = signIn(baseUrl, printed);

        assertThat(withOld.status()).isEqualTo(401);
        assertThat(withOld.json().get("message").asText())
            .isEqualTo(IdentityService.INVALID_CREDENTIALS.english());
        assertThat(withNew.status()).isEqualTo(401);
        assertThat(withNew.json().get("message").asText())
            .isEqualTo(IdentityService.PASSWORD_EXPIRED.english());
      }
    }
    assertRecoveryAudited(settings);
  }

  @Test
  void anUnknownUserIsRefusedWithExitCode5AndTheAdministratorsNamed() throws IOException {
    Map<String, String> settings = settings();
    lockEveryAdministratorOut(settings);

    try (JarProcess reset = resetAdmin(settings, "nobody")) {

      assertThat(reset.awaitExit(COMMAND)).isEqualTo(5);
      assertThat(reset.err().strip())
          .isEqualTo(
              "reset-admin: There is no user 'nobody' (usernames are compared without regard to"
                  + " case). Administrators: admin.");
      assertThat(reset.out()).isEmpty();
    }
  }

  private static void assertRecoveryAudited(Map<String, String> settings) {
    try (Relata relata = Relata.open(RelataConfig.from(settings))) {
      User admin = relata.identity().userByUsername("admin").orElseThrow();
      Actor reader = IdentityService.actor(admin);
      List<AuditEvent> events =
          relata
              .auditTrail()
              .search(
                  reader,
                  new AuditQuery(
                      null,
                      null,
                      null,
                      AdminRecovery.ACTION,
                      "user",
                      String.valueOf(admin.id()),
                      0,
                      10))
              .items();
      assertThat(events).hasSize(1);
      assertThat(events.get(0).actorUsername())
          .isEqualTo("console:" + System.getProperty("user.name"));
      assertThat(admin.status()).isEqualTo(User.ACTIVE);
      assertThat(admin.totpEnabled()).isFalse();
    }
  }
}
