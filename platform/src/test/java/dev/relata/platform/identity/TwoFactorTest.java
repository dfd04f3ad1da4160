package dev.relata.platform.identity;

import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Totp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TOTP enrolment, sign-in with a code or a recovery code, and what cannot be replayed. */
class TwoFactorTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final IdentityService identity = relata.identity();
  private final TwoFactor twoFactor = relata.twoFactor();
  private final User ada = Accounts.create(relata, "ada");

  @AfterEach
  void close() {
    relata.close();
  }

  /** Enrols ada; her secret. */
  private String enrol() {
    TotpEnrolment enrolment = twoFactor.startEnrolment(ada.id());
    twoFactor.confirm(ada.id(), Totp.code(enrolment.secret(), Instant.now().minusSeconds(30)));
    return enrolment.secret();
  }

  @Test
  void enrolmentGivesASecretAnOtpauthUriAndAQrCodeAndIsOffUntilConfirmed() {
    TotpEnrolment enrolment = twoFactor.startEnrolment(ada.id());

    assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
    assertThat(enrolment.otpauthUri())
        .isEqualTo(
            "otpauth://totp/Relata%3Aada?secret="
                + enrolment.secret()
                + "&issuer=Relata&algorithm=SHA1&digits=6&period=30");
    assertThat(enrolment.qrCode()).startsWith("data:image/png;base64,iVBORw0KGgo");
    assertThat(twoFactor.status(ada.id())).isEqualTo(new TotpStatus(false, true, false, 0));
    assertThat(identity.signIn("ada", Accounts.PASSWORD).id()).isEqualTo(ada.id());
  }

  @Test
  void confirmingWithACodeTurnsItOnAndHandsOutTenRecoveryCodes() {
    TotpEnrolment enrolment = twoFactor.startEnrolment(ada.id());
    RelataException wrong = unprocessable(() -> twoFactor.confirm(ada.id(), "000000"));

    List<String> codes = twoFactor.confirm(ada.id(), Totp.now(enrolment.secret()));

    assertThat(wrong.problems()).extracting(p -> p.field()).containsExactly("code");
    assertThat(codes)
        .hasSize(10)
        .doesNotHaveDuplicates()
        .allSatisfy(c -> assertThat(c).matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
    assertThat(twoFactor.status(ada.id())).isEqualTo(new TotpStatus(true, false, false, 10));
  }

  @Test
  void signInNeedsTheCodeOnceTwoFactorIsOn() {
    String secret = enrol();

    RelataException missing =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));
    RelataException wrong =
        refused(
            ErrorKind.UNAUTHORIZED,
            () -> identity.signIn("ada", Accounts.PASSWORD, "123456", ClientInfo.UNKNOWN));
    User signedIn = identity.signIn("ada", Accounts.PASSWORD, Totp.now(secret), ClientInfo.UNKNOWN);

    assertThat(missing.getMessage()).isEqualTo(IdentityService.SECOND_FACTOR_MISSING.english());
    assertThat(wrong.getMessage()).isEqualTo(IdentityService.SECOND_FACTOR_WRONG.english());
    assertThat(signedIn.id()).isEqualTo(ada.id());
    assertThat(Accounts.outcomes(relata, "ada"))
        .containsExactly("totp_required", "totp_invalid", "success");
  }

  @Test
  void aUsedCodeCannotBeReplayedNorAnOlderOne() {
    String secret = enrol();
    String now = Totp.now(secret);
    String previous = Totp.code(secret, Instant.now().minusSeconds(30));
    identity.signIn("ada", Accounts.PASSWORD, now, ClientInfo.UNKNOWN);

    refused(
        ErrorKind.UNAUTHORIZED,
        () -> identity.signIn("ada", Accounts.PASSWORD, now, ClientInfo.UNKNOWN));
    refused(
        ErrorKind.UNAUTHORIZED,
        () -> identity.signIn("ada", Accounts.PASSWORD, previous, ClientInfo.UNKNOWN));
  }

  @Test
  void oneStepOfClockDriftIsAcceptedButTwoAreNot() {
    String secret = enrol();

    refused(
        ErrorKind.UNAUTHORIZED,
        () ->
            identity.signIn(
                "ada",
                Accounts.PASSWORD,
                Totp.code(secret, Instant.now().plusSeconds(75)),
                ClientInfo.UNKNOWN));
    assertThat(
            identity
                .signIn(
                    "ada",
                    Accounts.PASSWORD,
                    Totp.code(secret, Instant.now().plusSeconds(30)),
                    ClientInfo.UNKNOWN)
                .id())
        .isEqualTo(ada.id());
  }

  @Test
  void aRecoveryCodeWorksOnceInAnyCaseOrSpacing() {
    TotpEnrolment enrolment = twoFactor.startEnrolment(ada.id());
    List<String> codes = twoFactor.confirm(ada.id(), Totp.now(enrolment.secret()));
    String typed = " " + codes.get(3).toLowerCase().replace("-", " ") + " ";

    identity.signIn("ada", Accounts.PASSWORD, typed, ClientInfo.UNKNOWN);
    RelataException again =
        refused(
            ErrorKind.UNAUTHORIZED,
            () -> identity.signIn("ada", Accounts.PASSWORD, codes.get(3), ClientInfo.UNKNOWN));

    assertThat(again.getMessage()).isEqualTo(IdentityService.SECOND_FACTOR_WRONG.english());
    assertThat(twoFactor.status(ada.id()).recoveryCodesLeft()).isEqualTo(9);
  }

  @Test
  void wrongCodesCountTowardsTheLockout() {
    enrol();
    for (int i = 0; i < 5; i++) {
      refused(
          ErrorKind.UNAUTHORIZED,
          () -> identity.signIn("ada", Accounts.PASSWORD, "000000", ClientInfo.UNKNOWN));
    }

    assertThat(identity.user(ada.id()).orElseThrow().status()).isEqualTo(User.LOCKED);
  }

  @Test
  void turningItOffNeedsThePasswordAndRegeneratingReplacesTheCodes() {
    enrol();
    Actor actor = IdentityService.actor(ada);
    List<String> codes = twoFactor.regenerateRecoveryCodes(actor, Accounts.PASSWORD);
    assertThat(codes).hasSize(10);

    unprocessable(() -> twoFactor.disable(actor, "not my password at all"));
    twoFactor.disable(actor, Accounts.PASSWORD);

    assertThat(twoFactor.status(ada.id())).isEqualTo(new TotpStatus(false, false, false, 0));
    assertThat(identity.signIn("ada", Accounts.PASSWORD).id()).isEqualTo(ada.id());
  }

  @Test
  void aRoleThatRequiresTwoFactorSendsTheUserToEnrolAndForbidsTurningItOff() {
    Accounts.update(
        relata,
        "INSERT INTO app_role (name, labels, requires_totp, created_at,"
            + " updated_at) VALUES ('finance', '{}', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    Accounts.update(
        relata, "INSERT INTO user_role (user_id, role_name) VALUES (?, 'finance')", ada.id());

    RelataException api =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));
    SignInStep web = identity.beginSignIn("ada", Accounts.PASSWORD, ClientInfo.UNKNOWN);
    String secret = enrol();
    RelataException off =
        refused(
            ErrorKind.FORBIDDEN,
            () -> twoFactor.disable(IdentityService.actor(ada), Accounts.PASSWORD));

    assertThat(api.getMessage()).isEqualTo(IdentityService.ENROLMENT_NEEDED.english());
    assertThat(web.enrolmentNeeded()).isTrue();
    assertThat(off.getMessage()).contains("requires two-factor");
    assertThat(identity.signIn("ada", Accounts.PASSWORD, Totp.now(secret), ClientInfo.UNKNOWN).id())
        .isEqualTo(ada.id());
  }

  @Test
  void aSecondEnrolmentIsRefusedWhileTwoFactorIsOn() {
    enrol();

    refused(ErrorKind.CONFLICT, () -> twoFactor.startEnrolment(ada.id()));
  }

  @Test
  void theStoredSecretIsSealedToItsUserAndMovedToAnotherRowDoesNotOpen() {
    String secret = enrol();
    User bob = Accounts.create(relata, "bob");
    String stored =
        relata
            .database()
            .read(
                c -> {
                  try (var ps =
                      c.prepareStatement("SELECT totp_secret FROM app_user WHERE id = ?")) {
                    ps.setLong(1, ada.id());
                    try (var rs = ps.executeQuery()) {
                      rs.next();
                      return rs.getString(1);
                    }
                  }
                });
    assertThat(stored).startsWith("v1:").doesNotContain(secret);

    relata
        .database()
        .execute(
            c -> {
              try (var ps =
                  c.prepareStatement(
                      "UPDATE app_user SET totp_secret = ?, totp_enabled = TRUE WHERE id = ?")) {
                ps.setString(1, stored);
                ps.setLong(2, bob.id());
                ps.executeUpdate();
              }
            });
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    identity.signIn(
                        "bob", Accounts.PASSWORD, Totp.now(secret), ClientInfo.UNKNOWN)))
        .isNotNull();
  }
}
