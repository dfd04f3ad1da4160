package dev.relata.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.organisation.AdminRecovery;
import dev.relata.platform.testing.AccountTrouble;
import dev.relata.platform.testing.TestRelata;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reset-admin} as the operator runs it: the server's environment, a username, a report. Runs
 * on an H2 file database, or on a PostgreSQL schema when {@code RELATA_TEST_DB_URL} is set.
 */
class ResetAdminCommandTest {
  private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");
  @TempDir Path dataDir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** The server's environment, for a database of its own. */
  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("RELATA_DATA_DIR", dataDir.toString());
    env.put("RELATA_PASSWORD_ITERATIONS", "1000");
    env.put("RELATA_SECRET_KEY", TestRelata.TEST_KEY);
    env.put("RELATA_DEMO_DATA", "false");
    if (TestDatabases.postgres()) {
      env.put("RELATA_DB_URL", TestDatabases.freshConfig().url());
      env.put("RELATA_DB_USER", "postgres");
    }
    return env;
  }

  /** A database as a server leaves it: an administrator, locked out. */
  private static void prepare(Map<String, String> env) {
    try (Relata relata = Relata.open(RelataConfig.from(env))) {
      relata.identity().createUser("admin", "Administrator", null, TestRelata.ADMIN_PASSWORD, true);
      AccountTrouble.lockOut(relata, "admin");
    }
  }

  private String run(Map<String, String> env, String username) {
    return ResetAdminCommand.run(
        env,
        username,
        "operator",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void restoresAccessAndPrintsTheNewPasswordOnce() {
    Map<String, String> env = environment();
    prepare(env);

    String outcome = run(env, "admin");

    assertThat(outcome).isEqualTo(ResetAdminCommand.DONE);
    assertThat(err()).isEmpty();
    assertThat(out())
        .contains("Administrator access restored for 'admin'")
        .contains("the lockout is lifted")
        .contains("must be changed at the next sign-in")
        .contains("by console:operator");
    List<String> passwords = PASSWORD.matcher(out()).results().map(m -> m.group(1)).toList();
    assertThat(passwords).hasSize(1);
    try (Relata relata = Relata.open(RelataConfig.from(env))) {
      assertThat(
              relata
                  .identity()
                  .beginSignIn("admin", passwords.get(0), ClientInfo.UNKNOWN)
                  .passwordChangeNeeded())
          .isTrue();
      Actor admin = IdentityService.actor(relata.identity().userByUsername("admin").orElseThrow());
      assertThat(relata.auditTrail().actions(admin)).contains(AdminRecovery.ACTION);
    }
  }

  @Test
  void anUnknownUserIsRefusedWithTheAdministratorsNamed() {
    Map<String, String> env = environment();
    prepare(env);

    String outcome = run(env, "nobody");

    assertThat(outcome).isEqualTo(ResetAdminCommand.NO_SUCH_USER);
    assertThat(out()).isEmpty();
    assertThat(err().strip())
        .isEqualTo(
            "reset-admin: There is no user 'nobody' (usernames are compared without regard to"
                + " case). Administrators: admin.");
  }

  @Test
  void withoutTheServersDataFolderNoEmptyDatabaseIsMade() {
    Map<String, String> env = environment();
    env.remove("RELATA_DB_URL");
    env.put("RELATA_DATA_DIR", dataDir.resolve("wrong").toString());

    String outcome = run(env, "admin");

    assertThat(outcome).isEqualTo("CONFIGURATION");
    assertThat(err().strip())
        .isEqualTo(
            "reset-admin failed: there is no Relata database at "
                + dataDir.resolve("wrong").resolve("relata.mv.db")
                + ": set RELATA_DATA_DIR (or RELATA_DB_URL) to what the server uses.");
    assertThat(dataDir.resolve("wrong")).doesNotExist();
  }

  @Test
  void anUnreachableDatabaseIsSaidInOneLine() {
    Map<String, String> env = environment();
    env.put("RELATA_DB_URL", "jdbc:postgresql://127.0.0.1:1/relata");

    String outcome = run(env, "admin");

    assertThat(outcome).isEqualTo("DATABASE");
    assertThat(err().strip())
        .isEqualTo(
            "reset-admin failed: cannot reach the database at jdbc:postgresql://127.0.0.1:1/relata:"
                + " Connection refused. Check RELATA_DB_URL and that the database is running.");
  }
}
