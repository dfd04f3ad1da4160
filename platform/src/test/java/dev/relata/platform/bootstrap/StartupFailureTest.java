package dev.relata.platform.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.StartupFailure.Kind;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.testing.TestRelata;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Why Relata could not start, in one sentence that names what to change. */
class StartupFailureTest {

  private static RelataConfig config(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("RELATA_SECRET_KEY", TestRelata.TEST_KEY);
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return RelataConfig.from(env);
  }

  /** Opens the installation as the server does; why it failed. */
  private static StartupFailure open(RelataConfig config) {
    Throwable failure = catchThrowable(() -> Relata.open(config).close());
    assertThat(failure).as("opening should fail").isNotNull();
    return StartupFailure.explain(failure, config);
  }

  @Test
  void aDatabaseNobodyListensOnIsUnreachableAndThePasswordIsNeverShown() {
    RelataConfig config =
        config(
            "RELATA_DB_URL",
            "jdbc:postgresql://127.0.0.1:1/none?password=in-the-url",
            "RELATA_DB_USER",
            "relata",
            "RELATA_DB_PASSWORD",
            "in-the-variable");

    StartupFailure failure = open(config);

    assertThat(failure.kind()).isEqualTo(Kind.DATABASE);
    assertThat(failure.message())
        .isEqualTo(
            "cannot reach the database at jdbc:postgresql://127.0.0.1:1/none?password=…:"
                + " Connection refused. Check RELATA_DB_URL and that the database is running.");
  }

  @Test
  void aDatabaseThatDoesNotExistIsSaidSo() {
    Assumptions.assumeTrue(TestDatabases.postgres(), "needs PostgreSQL (RELATA_TEST_DB_URL)");
    String url = TestDatabases.freshConfig().url().replaceAll("/[^/?]+\\?", "/relata_no_such_db?");

    StartupFailure failure = open(config("RELATA_DB_URL", url, "RELATA_DB_USER", "postgres"));

    assertThat(failure.kind()).isEqualTo(Kind.DATABASE);
    assertThat(failure.message())
        .startsWith("there is no database at " + url)
        .endsWith("Check RELATA_DB_URL.");
  }

  @Test
  void anH2DatabaseHeldByAnotherProcessSaysToStopThatProcess() {
    RelataConfig config = config("RELATA_DATA_DIR", "/srv/relata");
    SQLException inUse =
        new SQLException(
            "Database may be already in use: \"/srv/relata/relata.mv.db\"", "90020", 90020);

    StartupFailure failure =
        StartupFailure.explain(new IllegalStateException("pool", inUse), config);

    assertThat(failure.kind()).isEqualTo(Kind.DATABASE);
    assertThat(failure.message())
        .isEqualTo(
            "the H2 database at jdbc:h2:file:/srv/relata/relata is open in another process (a"
                + " running Relata?): H2 lets one process use it at a time. Stop that process"
                + " first.");
  }

  @Test
  void aSettingWithAWrongValueIsAConfigurationProblemNamingIt() {
    Throwable wrong = catchThrowable(() -> config("RELATA_PASSWORD_ITERATIONS", "many"));

    StartupFailure failure = StartupFailure.explain(wrong, null);

    assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
    assertThat(failure.message())
        .isEqualTo(
            "RELATA_PASSWORD_ITERATIONS must be a whole number from 1 (default 600000), not"
                + " 'many'.");
  }

  @Test
  void anUnsupportedDatabaseUrlIsAConfigurationProblem() {
    Throwable wrong =
        catchThrowable(
            () -> config("RELATA_DB_URL", "jdbc:mysql://db/relata?user=x&password=secret"));

    StartupFailure failure = StartupFailure.explain(wrong, null);

    assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
    assertThat(failure.message())
        .isEqualTo(
            "RELATA_DB_URL must start with jdbc:postgresql: (or jdbc:h2:), not"
                + " 'jdbc:mysql://db/relata?user=x&password=…'.");
  }

  @Test
  void anythingElseIsUnexpectedAndPointsToTheLog() {
    StartupFailure failure =
        StartupFailure.explain(new IllegalStateException("the disk is full"), config());

    assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED);
    assertThat(failure.message())
        .isEqualTo(
            "unexpected IllegalStateException: the disk is full; the log above has the details.");
  }
}
