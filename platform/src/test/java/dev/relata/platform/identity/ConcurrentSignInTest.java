package dev.relata.platform.identity;

import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Totp;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attempts sent at the same moment for one account are decided as if they had come one after
 * another: no more passwords or codes are checked than the lockout threshold, the account is locked
 * once and its period doubles once, and nothing is let in after the lock.
 */
class ConcurrentSignInTest {
  private static final int THRESHOLD = SecurityPolicy.DEFAULTS.lockoutThreshold();
  private static final int BURST = 20;
  private static final String WRONG = "a wrong guess here";
  private final Relata relata = TestRelata.withStandardObjects();
  private final User ada = Accounts.create(relata, "ada");

  @AfterEach
  void close() {
    relata.close();
  }

  /** The identity service of this installation, checking passwords with {@code hasher}. */
  private IdentityService identityWith(PasswordHasher hasher) {
    return new IdentityService(
        relata.database(),
        hasher,
        Duration.ofHours(1),
        relata.loginLog(),
        relata.securityPolicies(),
        relata.accountSecurity(),
        new SecretBox(TestRelata.config().installationKey()),
        roles -> relata.access().policy().systemPermissions(roles));
  }

  @Test
  void aBurstOfWrongPasswordsChecksNoMoreThanTheThresholdAndLocksOnce() throws Exception {
    PacedHasher hasher = PacedHasher.counting();
    IdentityService identity = identityWith(hasher);

    List<RelataException> refusals =
        Burst.send(BURST, () -> identity.signIn("ada", WRONG)).awaitRefusals();

    assertThat(refusals)
        .hasSize(BURST)
        .extracting(RelataException::getMessage)
        .containsOnly(IdentityService.INVALID_CREDENTIALS.english());
    assertThat(hasher.checks()).isEqualTo(THRESHOLD);
    assertCheckedThenRefused(Accounts.outcomes(relata, "ada"), "wrong_password");
    assertLocked(1, 15);
    assertTheRightPasswordIsRefusedAsLocked(identity);
  }

  @Test
  void attemptsBeyondTheThresholdAreRefusedUncheckedWhileTheFirstAreStillBeingChecked()
      throws Exception {
    PacedHasher hasher = PacedHasher.holding(WRONG);
    IdentityService identity = identityWith(hasher);
    Burst burst = Burst.send(BURST, () -> identity.signIn("ada", WRONG));
    Burst.awaitUntil(
        "every attempt is being checked or was refused",
        () -> hasher.waiting() + burst.finished() == BURST);

    assertThat(hasher.waiting()).isEqualTo(THRESHOLD);
    assertThat(Accounts.outcomes(relata, "ada"))
        .hasSize(BURST - THRESHOLD)
        .containsOnly("too_many_attempts");
    RelataException rightPassword =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));
    assertThat(rightPassword.getMessage()).isEqualTo(IdentityService.INVALID_CREDENTIALS.english());
    assertThat(hasher.checks()).isEqualTo(THRESHOLD);

    hasher.release();
    burst.awaitRefusals();

    List<String> outcomes = Accounts.outcomes(relata, "ada");
    assertThat(outcomes.subList(0, BURST - THRESHOLD + 1)).containsOnly("too_many_attempts");
    assertThat(outcomes.subList(BURST - THRESHOLD + 1, outcomes.size()))
        .containsExactlyInAnyOrder(
            "wrong_password",
            "wrong_password",
            "wrong_password",
            "wrong_password",
            "locked_out_now");
    assertLocked(1, 15);
  }

  @Test
  void aLockThatLandsWhileTheRightPasswordIsBeingCheckedWins() throws Exception {
    PacedHasher hasher = PacedHasher.holding(Accounts.PASSWORD);
    IdentityService identity = identityWith(hasher);
    Burst right =
        Burst.send(1, () -> identity.issueToken("ada", Accounts.PASSWORD, ClientInfo.UNKNOWN));
    Burst.awaitUntil("the right password is being checked", () -> hasher.waiting() == 1);

    Burst.send(THRESHOLD - 1, () -> identity.signIn("ada", WRONG)).awaitRefusals();
    assertLocked(1, 15);
    hasher.release();

    assertThat(right.awaitRefusals())
        .singleElement()
        .extracting(RelataException::getMessage)
        .isEqualTo(IdentityService.INVALID_CREDENTIALS.english());
    List<String> outcomes = Accounts.outcomes(relata, "ada");
    assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("locked");
    assertThat(outcomes).doesNotContain("success");
    assertThat(tokensOf(ada.id())).isZero();
    assertLocked(1, 15);
  }

  @Test
  void aBurstOfWrongSecondFactorCodesChecksNoMoreThanTheThresholdAndLocksOnce() throws Exception {
    String secret = enrol();
    IdentityService identity = relata.identity();

    List<RelataException> refusals =
        Burst.send(
                BURST,
                () ->
                    identity.continueWithSecondFactor(ada.id(), "AAAAA-AAAAA", ClientInfo.UNKNOWN))
            .awaitRefusals();

    assertThat(refusals).hasSize(BURST);
    assertCheckedThenRefused(Accounts.outcomes(relata, "ada"), "totp_invalid");
    assertLocked(1, 15);
    refused(
        ErrorKind.UNAUTHORIZED,
        () -> identity.continueWithSecondFactor(ada.id(), Totp.now(secret), ClientInfo.UNKNOWN));
    assertThat(last(Accounts.outcomes(relata, "ada"))).isEqualTo("locked");
  }

  @Test
  void aBurstOfWrongCurrentPasswordsChecksNoMoreThanTheThresholdAndLocksOnce() throws Exception {
    PacedHasher hasher = PacedHasher.counting();
    IdentityService identity = identityWith(hasher);
    Actor signedIn = IdentityService.actor(ada);

    List<RelataException> refusals =
        Burst.send(
                BURST,
                () -> identity.changePassword(signedIn, WRONG, "a brand new lighthouse keeper"))
            .awaitRefusals();

    assertThat(refusals).hasSize(BURST);
    assertThat(hasher.checks()).isEqualTo(THRESHOLD);
    assertThat(refusals)
        .filteredOn(r -> r.kind() == ErrorKind.UNPROCESSABLE)
        .extracting(r -> r.problems().get(0).code())
        .contains("wrong")
        .isSubsetOf("wrong", "too_many_attempts");
    assertLocked(1, 15);
  }

  @Test
  void aBurstAfterALockRanOutLocksOnceMoreForTwiceAsLong() throws Exception {
    PacedHasher hasher = PacedHasher.counting();
    IdentityService identity = identityWith(hasher);
    for (int i = 0; i < THRESHOLD; i++) {
      refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", WRONG));
    }
    assertLocked(1, 15);
    Accounts.update(
        relata,
        "UPDATE app_user SET locked_until = ? WHERE id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        ada.id());

    Burst.send(BURST, () -> identity.signIn("ada", WRONG)).awaitRefusals();

    assertThat(hasher.checks()).isEqualTo(2 * THRESHOLD);
    assertLocked(2, 30);
  }

  @Test
  void aRightPasswordWithASecondFactorDueLeavesEarlierFailuresCounted() {
    enrol();
    IdentityService identity = relata.identity();
    for (int i = 0; i < THRESHOLD - 1; i++) {
      refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", WRONG));
    }

    SignInStep step = identity.beginSignIn("ada", Accounts.PASSWORD, ClientInfo.UNKNOWN);
    assertThat(step.secondFactorNeeded()).isTrue();
    assertThat(Accounts.failedAttempts(relata, ada.id())).isEqualTo(THRESHOLD - 1);
    refused(
        ErrorKind.UNAUTHORIZED,
        () -> identity.continueWithSecondFactor(ada.id(), "AAAAA-AAAAA", ClientInfo.UNKNOWN));

    assertThat(last(Accounts.outcomes(relata, "ada"))).isEqualTo("locked_out_now");
    assertLocked(1, 15);
  }

  @Test
  void anAttemptLeftUndecidedHoldsBackOthersOnlyForAWhile() {
    PacedHasher hasher = PacedHasher.counting();
    IdentityService identity = identityWith(hasher);
    // As a process that stopped in the middle of checking the threshold's worth would leave it.
    Accounts.update(
        relata,
        "UPDATE app_user SET failed_attempts = ?, last_attempt_at = ? WHERE id = ?",
        THRESHOLD,
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))),
        ada.id());

    refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));
    assertThat(hasher.checks()).isZero();
    assertThat(last(Accounts.outcomes(relata, "ada"))).isEqualTo("too_many_attempts");

    Accounts.update(
        relata,
        "UPDATE app_user SET last_attempt_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(Lockout.UNDECIDED_AFTER).minusSeconds(1)),
        ada.id());

    assertThat(identity.signIn("ada", Accounts.PASSWORD).id()).isEqualTo(ada.id());
    assertThat(Accounts.failedAttempts(relata, ada.id())).isZero();
  }

  /**
   * The threshold's worth of attempts were checked (all wrong but the one that locked) and every
   * other one was refused without a check, as locked or as one too many at once.
   */
  private static void assertCheckedThenRefused(List<String> outcomes, String wrong) {
    assertThat(outcomes).hasSize(BURST);
    assertThat(Collections.frequency(outcomes, wrong)).isEqualTo(THRESHOLD - 1);
    assertThat(Collections.frequency(outcomes, "locked_out_now")).isEqualTo(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.equals(wrong) && !o.equals("locked_out_now"))
        .hasSize(BURST - THRESHOLD)
        .isSubsetOf("locked", "too_many_attempts");
  }

  /** Ada is locked, for the {@code times}th time in a row, for about {@code minutes} from now. */
  private void assertLocked(int times, long minutes) {
    User user = relata.identity().user(ada.id()).orElseThrow();
    assertThat(user.status()).isEqualTo(User.LOCKED);
    assertThat(Accounts.lockouts(relata, ada.id())).isEqualTo(times);
    assertThat(Duration.between(Instant.now(), user.lockedUntil()).toMinutes())
        .isBetween(minutes - 1, minutes);
  }

  private void assertTheRightPasswordIsRefusedAsLocked(IdentityService identity) {
    RelataException refusal =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));
    assertThat(refusal.getMessage()).isEqualTo(IdentityService.INVALID_CREDENTIALS.english());
    assertThat(last(Accounts.outcomes(relata, "ada"))).isEqualTo("locked");
  }

  /** Enrols ada in two-factor; her secret. */
  private String enrol() {
    TotpEnrolment enrolment = relata.twoFactor().startEnrolment(ada.id());
    relata
        .twoFactor()
        .confirm(ada.id(), Totp.code(enrolment.secret(), Instant.now().minusSeconds(30)));
    return enrolment.secret();
  }

  private long tokensOf(long userId) {
    return relata
        .database()
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT COUNT(*) FROM auth_token WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
  }

  private static String last(List<String> items) {
    return items.get(items.size() - 1);
  }
}
