package dev.relata.platform.identity;

import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.testing.TestRelata;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Brute force: consecutive failures lock an account, and nothing tells a locked one apart. */
class LockoutTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final IdentityService identity = relata.identity();

  @AfterEach
  void close() {
    relata.close();
  }

  private void failTimes(String username, int times) {
    for (int i = 0; i < times; i++) {
      refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn(username, "a wrong guess here"));
    }
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordIsRefusedWithTheSameMessage() {
    User ada = Accounts.create(relata, "ada");

    failTimes("ada", 5);
    RelataException refusal =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));

    assertThat(refusal.getMessage()).isEqualTo(IdentityService.INVALID_CREDENTIALS.english());
    assertThat(identity.user(ada.id()).orElseThrow().status()).isEqualTo(User.LOCKED);
    assertThat(Accounts.outcomes(relata, "ada"))
        .containsExactly(
            "wrong_password",
            "wrong_password",
            "wrong_password",
            "wrong_password",
            "locked_out_now",
            "locked");
  }

  @Test
  void fourFailuresThenSuccessStartTheCountAgain() {
    User ada = Accounts.create(relata, "ada");

    failTimes("ada", 4);
    identity.signIn("ada", Accounts.PASSWORD);
    failTimes("ada", 4);

    assertThat(identity.signIn("ada", Accounts.PASSWORD).id()).isEqualTo(ada.id());
  }

  @Test
  void aLockoutRunsOutAndTheNextOneLastsTwiceAsLong() {
    User ada = Accounts.create(relata, "ada");
    failTimes("ada", 5);
    Instant firstUntil = identity.user(ada.id()).orElseThrow().lockedUntil();
    assertThat(Duration.between(Instant.now(), firstUntil).toMinutes()).isBetween(14L, 15L);

    Accounts.update(
        relata,
        "UPDATE app_user SET locked_until = ? WHERE id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        ada.id());
    assertThat(identity.user(ada.id()).orElseThrow().status()).isEqualTo(User.ACTIVE);
    failTimes("ada", 5);

    Instant secondUntil = identity.user(ada.id()).orElseThrow().lockedUntil();
    assertThat(Duration.between(Instant.now(), secondUntil).toMinutes()).isBetween(29L, 30L);
  }

  @Test
  void anAdministratorUnlocksALockedAccount() {
    User ada = Accounts.create(relata, "ada");
    failTimes("ada", 5);

    relata.database().execute(c -> relata.accountSecurity().unlock(c, ada.id()));

    assertThat(identity.signIn("ada", Accounts.PASSWORD).id()).isEqualTo(ada.id());
  }

  @Test
  void theThresholdAndPeriodComeFromThePolicy() {
    relata
        .securityPolicies()
        .update(
            TestRelata.admin(relata),
            SecurityPolicy.DEFAULTS.with(
                Map.of("lockoutThreshold", 2, "lockoutMinutes", 60, "lockoutMaxMinutes", 60)));
    User ada = Accounts.create(relata, "ada");

    failTimes("ada", 2);

    User locked = identity.user(ada.id()).orElseThrow();
    assertThat(locked.status()).isEqualTo(User.LOCKED);
    assertThat(Duration.between(Instant.now(), locked.lockedUntil()).toMinutes())
        .isBetween(59L, 60L);
  }

  @Test
  void concurrentWrongGuessesAreAllCounted() throws Exception {
    relata
        .securityPolicies()
        .update(
            TestRelata.admin(relata),
            SecurityPolicy.DEFAULTS.with(Map.of("lockoutThreshold", 100)));
    User ada = Accounts.create(relata, "ada");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 20; i++) {
      pool.submit(
          () -> {
            try {
              identity.signIn("ada", "a wrong guess here");
            } catch (RelataException expected) {
              // every guess is wrong
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(Accounts.failedAttempts(relata, ada.id())).isEqualTo(20);
  }

  @Test
  void lockingAnAccountEndsItsWebSessionsAndTokens() {
    User ada = Accounts.create(relata, "ada");
    String session = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);
    IssuedToken token = identity.issueToken("ada", Accounts.PASSWORD);

    failTimes("ada", 5);

    assertThat(relata.webSessions().live(session)).isFalse();
    refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(token.token()));
  }

  @Test
  void anUnknownUsernameTakesAboutAsLongAsAWrongPassword() {
    // Enough iterations that hashing, not the database, is what is measured; the two kinds of
    // attempt alternate so that warm-up and a busy machine weigh on both alike.
    RelataConfig config =
        RelataConfig.from(
            Map.of(
                "RELATA_SECRET_KEY",
                TestRelata.TEST_KEY,
                "RELATA_PASSWORD_ITERATIONS",
                "60000",
                "RELATA_DEMO_DATA",
                "false"));
    try (Relata slow = new Relata(TestDatabases.fresh(), config)) {
      slow.securityPolicies()
          .update(
              TestRelata.admin(relata),
              SecurityPolicy.DEFAULTS.with(Map.of("lockoutThreshold", 100)));
      slow.identity().createUser("ada", "Ada", null, Accounts.PASSWORD, false);
      List<Long> known = new ArrayList<>();
      List<Long> unknown = new ArrayList<>();
      for (int i = 0; i < 11; i++) {
        known.add(time(() -> slow.identity().signIn("ada", "a wrong guess here")));
        unknown.add(time(() -> slow.identity().signIn("nobody-here", "a wrong guess here")));
      }

      assertThat((double) median(unknown) / median(known))
          .as("unknown %s, known %s", unknown, known)
          .isBetween(0.5, 2.0);
    }
  }

  private static long time(Runnable attempt) {
    long start = System.nanoTime();
    try {
      attempt.run();
    } catch (RelataException expected) {
      // the refusal is what is timed
    }
    return System.nanoTime() - start;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
