package dev.relata.platform.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.config.ConfigurationException;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.records.RecordQuery;
import dev.relata.platform.testing.TestRelata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirstStartTest {

  @Test
  void firstStartLoadsStandardObjectsCreatesAdminPrintsPasswordAndLoadsDemoDataOnce() {
    RelataConfig config = config("RELATA_DEMO_DATA", "true");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      List<String> printed = new ArrayList<>();

      new FirstStart(relata, config, printed::add).run();
      new FirstStart(relata, config, printed::add).run();

      assertThat(relata.metadata().catalog().activeNames())
          .containsExactlyInAnyOrder(
              "customer", "contact", "opportunity", "contract", "service_request");
      assertThat(printed).hasSize(2);
      String password = printed.get(0).replaceAll("(?s).*password: (\\S+).*", "$1");
      String demoPassword = printed.get(1).replaceAll("(?s).*password: (\\S+).*", "$1");
      assertThat(relata.identity().signIn("admin", password).admin()).isTrue();
      var admin = TestRelata.admin(relata, password);
      assertThat(
              relata.records().list("customer", RecordQuery.of(null, null, 0, 10), admin).total())
          .isEqualTo(40);
      assertThat(
              relata
                  .records()
                  .list("contract", RecordQuery.of(null, "contract_no", 0, 1), admin)
                  .items()
                  .get(0)
                  .get("contract_no"))
          .isEqualTo("CT-00001");
      assertThat(relata.roles().list(admin)).hasSize(9);
      assertThat(relata.departments().list(admin))
          .extracting(d -> d.name())
          .containsExactly(
              "Head office",
              "Sales",
              "Sales East",
              "Sales North",
              "Service",
              "Finance",
              "Marketing");
      var rep = relata.identity().signIn("wang.fang", demoPassword);
      assertThat(rep.roles()).containsExactly("sales_rep");
      assertThat(
              relata
                  .records()
                  .list("customer", RecordQuery.of("owner eq 1", null, 0, 1), admin)
                  .total())
          .isZero();
    }
  }

  @Test
  void theExampleRulesArePublishedWithTheDemoAndTheDemoRecordsObeyThem() {
    RelataConfig config =
        config("RELATA_DEMO_DATA", "true", "RELATA_ADMIN_PASSWORD", "a given password 123");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      new FirstStart(relata, config, s -> {}).run();
      var admin = TestRelata.admin(relata, "a given password 123");
      long head = relata.identity().userByUsername("wu.hao").orElseThrow().id();

      assertThat(relata.rules().revisions(0, 10))
          .singleElement()
          .satisfies(r -> assertThat(r.added()).containsAll(ExampleRules.PATHS));
      assertThat(relata.rules().runTests().ok()).isTrue();
      assertThat(count(relata, admin, "opportunity", "stage eq 'won' and amount eq null")).isZero();
      assertThat(count(relata, admin, "contract", "end_date eq null")).isZero();
      assertThat(count(relata, admin, "service_request", "priority eq 'urgent'"))
          .isPositive()
          .isEqualTo(
              count(relata, admin, "service_request", "priority eq 'urgent' and owner eq " + head));
    }
  }

  private static long count(
      Relata relata, dev.relata.platform.identity.Actor admin, String entity, String filter) {
    return relata.records().list(entity, RecordQuery.of(filter, null, 0, 1), admin).total();
  }

  @Test
  void givenAdminPasswordWithoutDemoLoadsNoExampleRules() {
    RelataConfig config = config("RELATA_DEMO_DATA", "false");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      new FirstStart(relata, config, s -> {}).run();

      assertThat(relata.rules().countRevisions()).isZero();
    }
  }

  @Test
  void theDemoPasswordComesFromTheEnvironmentWhenSet() {
    RelataConfig config =
        config(
            "RELATA_DEMO_DATA",
            "true",
            "RELATA_ADMIN_PASSWORD",
            "a given password 123",
            "RELATA_DEMO_PASSWORD",
            "a demo password 456");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      List<String> printed = new ArrayList<>();

      new FirstStart(relata, config, printed::add).run();

      assertThat(String.join("\n", printed)).doesNotContain("a demo password 456");
      assertThat(relata.identity().signIn("li.qiang", "a demo password 456").managerId())
          .isEqualTo(relata.identity().userByUsername("chen.jing").orElseThrow().id());
    }
  }

  @Test
  void givenAdminPasswordIsUsedAndNotPrinted() {
    RelataConfig config =
        config("RELATA_DEMO_DATA", "false", "RELATA_ADMIN_PASSWORD", "a given password 123");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      List<String> printed = new ArrayList<>();

      new FirstStart(relata, config, printed::add).run();

      assertThat(printed.get(0)).doesNotContain("a given password 123");
      assertThat(relata.identity().signIn("admin", "a given password 123").username())
          .isEqualTo("admin");
    }
  }

  @Test
  void anAdminPasswordThePolicyRefusesStopsTheStartBeforeAnythingIsLoaded() {
    RelataConfig config =
        config("RELATA_DEMO_DATA", "true", "RELATA_ADMIN_PASSWORD", "the admin of this place");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      List<String> printed = new ArrayList<>();

      Throwable refusal = catchThrowable(() -> new FirstStart(relata, config, printed::add).run());

      assertThat(refusal)
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(
              "RELATA_ADMIN_PASSWORD is refused by the password policy: A password may not"
                  + " contain the username. Set another value and start again.");
      assertThat(printed).isEmpty();
      assertThat(relata.identity().countUsers()).isZero();
      assertThat(relata.metadata().catalog().all()).isEmpty();
    }
  }

  @Test
  void aDemoPasswordThePolicyRefusesStopsTheStartBeforeAnythingIsLoaded() {
    RelataConfig config = config("RELATA_DEMO_DATA", "true", "RELATA_DEMO_PASSWORD", "password1");
    try (Relata relata = new Relata(TestDatabases.fresh(), config)) {
      Throwable refusal = catchThrowable(() -> new FirstStart(relata, config, s -> {}).run());

      assertThat(refusal)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("RELATA_DEMO_PASSWORD is refused by the password policy: ")
          .hasMessageEndingWith(" Set another value and start again.");
      assertThat(relata.identity().countUsers()).isZero();
    }
  }

  /** Settings for a fast first start with the test key, plus {@code settings} (name, value …). */
  private static RelataConfig config(String... settings) {
    Map<String, String> env = new HashMap<>();
    env.put("RELATA_SECRET_KEY", TestRelata.TEST_KEY);
    env.put("RELATA_PASSWORD_ITERATIONS", "1000");
    for (int i = 0; i < settings.length; i += 2) {
      env.put(settings[i], settings[i + 1]);
    }
    return RelataConfig.from(env);
  }
}
