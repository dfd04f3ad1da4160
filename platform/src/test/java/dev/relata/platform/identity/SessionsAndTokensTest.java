package dev.relata.platform.identity;

import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.testing.TestRelata;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Web sessions and personal tokens are rows that end the moment their user is deactivated, locked
 * or changes their password, and each user manages only their own.
 */
class SessionsAndTokensTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final IdentityService identity = relata.identity();
  private final User ada = Accounts.create(relata, "ada");
  private final Actor adaActor = IdentityService.actor(ada);

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aPersonalTokenIsShownOnceListedWithoutItsSecretAndAuthenticates() {
    CreatedPersonalToken created = relata.personalTokens().create(adaActor, "  CI script ", 30);

    assertThat(identity.authenticate(created.token()).username()).isEqualTo("ada");
    assertThat(relata.personalTokens().list(adaActor))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo("CI script");
              assertThat(t.expiresAt())
                  .isCloseTo(
                      t.createdAt().plus(Duration.ofDays(30)), within(2, ChronoUnit.SECONDS));
              assertThat(t.lastUsedAt()).isNull();
            });
  }

  @Test
  void aRevokedPersonalTokenNoLongerWorks() {
    CreatedPersonalToken created = relata.personalTokens().create(adaActor, "CI", 30);

    relata.personalTokens().revoke(adaActor, created.details().id());

    refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(created.token()));
    assertThat(relata.personalTokens().list(adaActor)).isEmpty();
  }

  @Test
  void anotherUsersTokenCannotBeRevokedAndIsNotFound() {
    CreatedPersonalToken created = relata.personalTokens().create(adaActor, "CI", 30);
    Actor grace = IdentityService.actor(Accounts.create(relata, "grace"));

    refused(
        ErrorKind.NOT_FOUND, () -> relata.personalTokens().revoke(grace, created.details().id()));

    assertThat(identity.authenticate(created.token()).username()).isEqualTo("ada");
  }

  @Test
  void personalTokenNamesAndLifetimesAreBounded() {
    unprocessable(() -> relata.personalTokens().create(adaActor, " ", 30));
    unprocessable(() -> relata.personalTokens().create(adaActor, "x".repeat(101), 30));
    unprocessable(() -> relata.personalTokens().create(adaActor, "CI", 0));
    unprocessable(() -> relata.personalTokens().create(adaActor, "CI", 367));
  }

  @Test
  void aDeactivatedUsersTokensAndSessionsStopWorkingAtOnce() {
    IssuedToken token = identity.issueToken("ada", Accounts.PASSWORD);
    CreatedPersonalToken personal = relata.personalTokens().create(adaActor, "CI", 30);
    String session = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);

    relata
        .database()
        .execute(
            c -> {
              try (var ps =
                  c.prepareStatement("UPDATE app_user SET status = 'deactivated' WHERE id = ?")) {
                ps.setLong(1, ada.id());
                ps.executeUpdate();
              }
              relata.accountSecurity().endSessions(c, ada.id());
            });

    refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(token.token()));
    refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(personal.token()));
    assertThat(relata.webSessions().live(session)).isFalse();
  }

  @Test
  void aWebSessionLivesUntilSignOut() {
    String session = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);
    assertThat(relata.webSessions().live(session)).isTrue();

    relata.webSessions().end(session);

    assertThat(relata.webSessions().live(session)).isFalse();
    assertThat(relata.webSessions().live("forged")).isFalse();
  }

  @Test
  void aWebSessionEndsWhenIdleTooLongOrTooOld() {
    String idle = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);
    String old = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);

    Accounts.update(
        relata,
        "UPDATE auth_token SET last_used_at = ? WHERE token_hash = ?",
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(31))),
        PasswordHasher.sha256(idle));
    Accounts.update(
        relata,
        "UPDATE auth_token SET expires_at = ? WHERE token_hash = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        PasswordHasher.sha256(old));

    assertThat(relata.webSessions().live(idle)).isFalse();
    assertThat(relata.webSessions().live(old)).isFalse();
  }

  @Test
  void aWebSessionIsNotABearerToken() {
    String session = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);

    refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(session));
  }

  @Test
  void changingTheOwnPasswordNeedsTheCurrentOneAndEndsEverySession() {
    IssuedToken token = identity.issueToken("ada", Accounts.PASSWORD);
    String session = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);

    RelataException wrong =
        unprocessable(
            () ->
                identity.changePassword(
                    adaActor, "not my password at all", "a brand new passphrase today"));
    identity.changePassword(adaActor, Accounts.PASSWORD, "a brand new passphrase today");

    assertThat(wrong.problems()).extracting(p -> p.field()).containsExactly("currentPassword");
    refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(token.token()));
    assertThat(relata.webSessions().live(session)).isFalse();
    assertThat(identity.signIn("ada", "a brand new passphrase today").id()).isEqualTo(ada.id());
  }

  @Test
  void aNewPasswordMustPassThePolicyOnTheNewPasswordField() {
    RelataException refusal =
        unprocessable(() -> identity.changePassword(adaActor, Accounts.PASSWORD, "password1234"));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("newPassword");
              assertThat(p.code()).isEqualTo("too_guessable");
            });
  }

  @Test
  void withHistoryOnRecentPasswordsCannotBeReused() {
    relata
        .securityPolicies()
        .update(
            TestRelata.admin(relata), SecurityPolicy.DEFAULTS.with(Map.of("passwordHistory", 2)));
    identity.changePassword(adaActor, Accounts.PASSWORD, "a brand new passphrase today");

    RelataException reused =
        unprocessable(
            () ->
                identity.changePassword(
                    adaActor, "a brand new passphrase today", Accounts.PASSWORD));

    assertThat(reused.problems().get(0).code()).isEqualTo("reused");
  }

  @Test
  void anExpiredPasswordMustBeChangedBeforeSigningIn() {
    relata
        .securityPolicies()
        .update(
            TestRelata.admin(relata),
            SecurityPolicy.DEFAULTS.with(Map.of("passwordExpiryDays", 90)));
    Accounts.update(
        relata,
        "UPDATE app_user SET password_changed_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(91))),
        ada.id());

    RelataException api =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("ada", Accounts.PASSWORD));
    SignInStep web = identity.beginSignIn("ada", Accounts.PASSWORD, ClientInfo.UNKNOWN);
    SignInStep after = identity.changeExpiredPassword(ada.id(), "a brand new passphrase today");

    assertThat(api.getMessage()).isEqualTo(IdentityService.PASSWORD_EXPIRED.english());
    assertThat(web.passwordChangeNeeded()).isTrue();
    assertThat(after.complete()).isTrue();
    assertThat(Accounts.outcomes(relata, "ada")).containsExactly("password_expired");
    assertThat(identity.signIn("ada", "a brand new passphrase today").id()).isEqualTo(ada.id());
  }

  @Test
  void thePolicyIsStoredAuditedAndOnlyForAdministrators() {
    Actor admin = TestRelata.admin(relata);
    SecurityPolicy changed = SecurityPolicy.DEFAULTS.with(Map.of("minPasswordLength", 14));

    relata.securityPolicies().update(admin, changed);
    refused(ErrorKind.FORBIDDEN, () -> relata.securityPolicies().update(adaActor, changed));

    assertThat(relata.securityPolicies().current()).isEqualTo(changed);
    long audited =
        relata
            .database()
            .read(
                c -> {
                  try (var ps =
                          c.prepareStatement(
                              "SELECT COUNT(*) FROM audit_event WHERE action ="
                                  + " 'settings.update' AND target_id = 'security.policy'");
                      var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                  }
                });
    assertThat(audited).isEqualTo(1);
    assertThat(
            unprocessable(() -> identity.createUser("grace", "Grace", null, "thirteen char", false))
                .problems()
                .get(0)
                .code())
        .isEqualTo("length");
  }

  @Test
  void aTokenStandsForItsUserWithEveryRoleTheyHoldNowAndWithoutRolesForAUserWithNone() {
    String token = identity.issueToken("ada", Accounts.PASSWORD).token();
    assertThat(identity.authenticate(token).roles()).isEmpty();
    String session = relata.webSessions().start(ada.id(), ClientInfo.UNKNOWN);

    Accounts.update(
        relata,
        "INSERT INTO app_role (name, labels, created_at, updated_at)"
            + " VALUES ('clerk', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    Accounts.update(
        relata, "INSERT INTO user_role (user_id, role_name) VALUES (?, 'clerk')", ada.id());
    Accounts.update(
        relata, "INSERT INTO user_role (user_id, role_name) VALUES (?, 'admin')", ada.id());

    assertThat(identity.authenticate(token).roles()).containsExactlyInAnyOrder("admin", "clerk");
    assertThat(identity.authenticate(token).admin()).isTrue();
    assertThat(relata.webSessions().user(session).orElseThrow().roles())
        .containsExactly("admin", "clerk");
  }
}
