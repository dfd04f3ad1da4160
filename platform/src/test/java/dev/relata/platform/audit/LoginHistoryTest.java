package dev.relata.platform.audit;

import static dev.relata.metadata.testing.Refusals.badRequest;
import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the login log: filters, newest first, paging, and for administrators only. */
class LoginHistoryTest {
  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final LoginHistory history = relata.loginHistory();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void everySignInAttemptIsReadBackWithItsOutcomeAndClient() {
    ClientInfo client = new ClientInfo("web", "192.0.2.7", "Mozilla/5.0 test");
    catchRefusal(() -> relata.identity().signIn("ghost", "whatever", client));
    catchRefusal(() -> relata.identity().signIn("admin", "wrong", client));

    List<LoginEvent> events = history.search(admin, query(null, null, "192.0.2.7")).items();

    assertThat(events)
        .extracting(LoginEvent::username, LoginEvent::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", "wrong_password"),
            org.assertj.core.groups.Tuple.tuple("ghost", "unknown_user"));
    assertThat(events.get(0).userId()).isNotNull();
    assertThat(events.get(1).userId()).isNull();
    assertThat(events.get(0).channel()).isEqualTo("web");
    assertThat(events.get(0).userAgent()).isEqualTo("Mozilla/5.0 test");
  }

  @Test
  void newestComeFirstAndTiesGoToTheLaterWritten() {
    LogEntries.login(relata, T0, "first", LoginOutcome.SUCCESS, "api", "10.0.0.1");
    LogEntries.login(relata, T0.plusSeconds(60), "second", LoginOutcome.SUCCESS, "api", "10.0.0.1");
    LogEntries.login(relata, T0.plusSeconds(60), "third", LoginOutcome.SUCCESS, "api", "10.0.0.1");

    assertThat(history.search(admin, query(null, null, "10.0.0.1")).items())
        .extracting(LoginEvent::username)
        .containsExactly("third", "second", "first");
  }

  @Test
  void pagesSplitTheMatchesAndTheTotalCountsThemAll() {
    for (int i = 0; i < 7; i++) {
      LogEntries.login(
          relata, T0.plusSeconds(i), "pager" + i, LoginOutcome.SUCCESS, "api", "10.9.9.9");
    }

    LogPage<LoginEvent> second =
        history.search(admin, new LoginQuery(null, null, "pager", null, null, null, null, 1, 3));
    LogPage<LoginEvent> last =
        history.search(admin, new LoginQuery(null, null, "pager", null, null, null, null, 2, 3));

    assertThat(second.total()).isEqualTo(7);
    assertThat(second.items())
        .extracting(LoginEvent::username)
        .containsExactly("pager3", "pager2", "pager1");
    assertThat(last.items()).extracting(LoginEvent::username).containsExactly("pager0");
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(3);
  }

  @Test
  void filtersCombineAndUsernameIgnoresCase() {
    LogEntries.login(relata, T0, "Alice.Wong", LoginOutcome.WRONG_PASSWORD, "web", "10.1.2.3");
    LogEntries.login(
        relata, T0.plusSeconds(1), "alice.wong", LoginOutcome.SUCCESS, "web", "10.1.2.3");
    LogEntries.login(
        relata, T0.plusSeconds(2), "ALICE.WONG", LoginOutcome.WRONG_PASSWORD, "api", "10.1.2.3");
    LogEntries.login(
        relata, T0.plusSeconds(3), "bob", LoginOutcome.WRONG_PASSWORD, "web", "10.1.2.3");

    LogPage<LoginEvent> page =
        history.search(
            admin,
            new LoginQuery(
                null, null, "e.WO", null, LoginOutcome.WRONG_PASSWORD, "web", "10.1.", 0, 50));

    assertThat(page.items()).extracting(LoginEvent::username).containsExactly("Alice.Wong");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void aDateRangeIncludesItsStartAndExcludesItsEnd() {
    LogEntries.login(relata, T0.minusSeconds(1), "range", LoginOutcome.SUCCESS, "api", null);
    LogEntries.login(relata, T0, "range", LoginOutcome.SUCCESS, "api", null);
    LogEntries.login(relata, T0.plusSeconds(3599), "range", LoginOutcome.LOCKED, "api", null);
    LogEntries.login(relata, T0.plusSeconds(3600), "range", LoginOutcome.SUCCESS, "api", null);

    LogPage<LoginEvent> page =
        history.search(
            admin,
            new LoginQuery(T0, T0.plusSeconds(3600), "range", null, null, null, null, 0, 50));

    assertThat(page.items()).extracting(LoginEvent::outcome).containsExactly("locked", "success");
  }

  @Test
  void aDateAsTheEndOfARangeMeansTheWholeDay() {
    LogEntries.login(
        relata, Instant.parse("2026-11-20T23:59:59Z"), "day", LoginOutcome.SUCCESS, "api", null);
    LogEntries.login(
        relata, Instant.parse("2026-11-21T00:00:00Z"), "day", LoginOutcome.SUCCESS, "api", null);

    LoginQuery oneDay =
        LoginQuery.parse("2026-11-20", "2026-11-20", "day", null, null, null, null, null, null);

    assertThat(history.search(admin, oneDay).total()).isEqualTo(1);
    assertThat(oneDay.size()).isEqualTo(50);
  }

  @Test
  void filterTextThatLooksLikeSqlOrWildcardsIsMatchedLiterally() {
    LogEntries.login(relata, T0, "100%_sure", LoginOutcome.UNKNOWN_USER, "api", null);
    LogEntries.login(relata, T0, "100 sure", LoginOutcome.UNKNOWN_USER, "api", null);
    LogEntries.login(relata, T0, "x' OR '1'='1", LoginOutcome.UNKNOWN_USER, "api", null);

    assertThat(names("%_")).containsExactly("100%_sure");
    assertThat(names("100%")).containsExactly("100%_sure");
    assertThat(names("_")).containsExactly("100%_sure");
    assertThat(names("' OR '1'='1")).containsExactly("x' OR '1'='1");
    assertThat(names("'; DROP TABLE login_event; --")).isEmpty();
    assertThat(names("sure")).hasSize(2);
  }

  @Test
  void onlyHoldersOfViewLogsMayReadTheLog() {
    relata.identity().createUser("clerk", "Clerk", null, "a quiet lighthouse keeper", false);
    Actor clerk = TestRelata.signIn(relata, "clerk", "a quiet lighthouse keeper");

    RelataException refusal =
        refused(ErrorKind.FORBIDDEN, () -> history.search(clerk, LoginQuery.all()));

    assertThat(refusal.getMessage()).contains("View logs");
  }

  @Test
  void badFilterValuesAreRefusedWithWhatToSend() {
    assertThat(
            badRequest(
                    () -> LoginQuery.parse(null, null, null, null, "maybe", null, null, null, null))
                .getMessage())
        .contains("outcome must be one of", "wrong_password");
    assertThat(
            badRequest(
                    () ->
                        LoginQuery.parse(
                            "yesterday", null, null, null, null, null, null, null, null))
                .getMessage())
        .contains("from must be an ISO-8601");
    assertThat(
            badRequest(
                    () ->
                        LoginQuery.parse(
                            "2026-11-22", "2026-11-01", null, null, null, null, null, null, null))
                .getMessage())
        .contains("before from");
    assertThat(
            badRequest(() -> LoginQuery.parse(null, null, null, null, null, null, null, -1, null))
                .getMessage())
        .contains("page must be 0 or more");
    assertThat(
            badRequest(() -> LoginQuery.parse(null, null, null, null, null, null, null, null, 501))
                .getMessage())
        .contains("size must be between 1 and 500");
    assertThat(
            badRequest(
                    () -> LoginQuery.parse(null, null, null, null, null, "phone", null, null, null))
                .getMessage())
        .contains("channel must be web or api");
    assertThat(
            LoginQuery.parse(
                    "2026-11-22T08:00:00+08:00",
                    null,
                    null,
                    null,
                    "WRONG_PASSWORD",
                    null,
                    null,
                    null,
                    500)
                .from())
        .isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
  }

  private List<String> names(String username) {
    return history
        .search(admin, new LoginQuery(null, null, username, null, null, null, null, 0, 50))
        .items()
        .stream()
        .map(LoginEvent::username)
        .toList();
  }

  private static LoginQuery query(String username, LoginOutcome outcome, String address) {
    return new LoginQuery(null, null, username, null, outcome, null, address, 0, 50);
  }

  private static void catchRefusal(Runnable signIn) {
    try {
      signIn.run();
    } catch (RelataException expected) {
      // a failed attempt is what the test needs
    }
  }
}
