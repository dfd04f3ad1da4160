package dev.relata.platform.identity;

import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.testing.TestRelata;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sign-in, tokens and users: no error tells whether a username exists. */
class IdentityServiceTest {
  private static final String PASSWORD = TestRelata.ADMIN_PASSWORD;
  private final Relata relata = TestRelata.withStandardObjects();
  private final IdentityService identity = relata.identity();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameGenericRefusal() {
    RelataException wrongPassword =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("admin", "not the password"));
    RelataException unknownUser =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("nobody", PASSWORD));
    RelataException overlong =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("admin", "x".repeat(5000)));
    RelataException missing = refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn(null, null));

    assertThat(wrongPassword.getMessage())
        .isEqualTo("Invalid username or password.")
        .isEqualTo(unknownUser.getMessage())
        .isEqualTo(overlong.getMessage())
        .isEqualTo(missing.getMessage());
    assertThat(wrongPassword.problems()).isEqualTo(unknownUser.problems()).isEmpty();
  }

  @Test
  void usernamesAreCaseInsensitiveButPasswordsAreNot() {
    assertThat(identity.signIn("ADMIN", PASSWORD).username()).isEqualTo("admin");
    refused(ErrorKind.UNAUTHORIZED, () -> identity.signIn("admin", PASSWORD.toUpperCase()));
  }

  @Test
  void anIssuedTokenAuthenticatesItsUserUntilRevoked() {
    IssuedToken token = identity.issueToken("admin", PASSWORD);

    Actor actor = identity.authenticate(token.token());
    assertThat(actor.username()).isEqualTo("admin");
    assertThat(actor.admin()).isTrue();
    assertThat(token.expiresAt()).isAfter(Instant.now().plusSeconds(3600));

    identity.revokeToken(token.token());

    RelataException refusal =
        refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(token.token()));
    assertThat(refusal.getMessage())
        .isEqualTo("The token is invalid or has expired; sign in again.");
  }

  @Test
  void revokingOneTokenLeavesTheUsersOtherTokensValid() {
    IssuedToken first = identity.issueToken("admin", PASSWORD);
    IssuedToken second = identity.issueToken("admin", PASSWORD);

    identity.revokeToken(first.token());

    assertThat(second.token()).isNotEqualTo(first.token());
    assertThat(identity.authenticate(second.token()).username()).isEqualTo("admin");
  }

  @Test
  void aTokenStopsWorkingWhenItExpires() {
    RelataConfig config =
        RelataConfig.from(
            Map.of(
                "RELATA_SECRET_KEY",
                TestRelata.TEST_KEY,
                "RELATA_PASSWORD_ITERATIONS",
                "1000",
                "RELATA_DEMO_DATA",
                "false",
                "RELATA_TOKEN_HOURS",
                "0"));
    try (Relata shortLived = new Relata(TestDatabases.fresh(), config)) {
      shortLived.identity().createUser("ada", "Ada", null, PASSWORD, false);

      IssuedToken token = shortLived.identity().issueToken("ada", PASSWORD);

      assertThat(token.expiresAt()).isBeforeOrEqualTo(Instant.now());
      refused(ErrorKind.UNAUTHORIZED, () -> shortLived.identity().authenticate(token.token()));
    }
  }

  @Test
  void forgedEmptyAndOverlongTokensAreRefused() {
    for (String token : new String[] {"forged", "", null, "x".repeat(201), "' or 1=1 --"}) {
      refused(ErrorKind.UNAUTHORIZED, () -> identity.authenticate(token));
    }
  }

  @Test
  void theTokenItselfIsNotStoredOnlyItsHash() {
    IssuedToken token = identity.issueToken("admin", PASSWORD);

    long stored =
        relata
            .database()
            .transaction(
                c -> {
                  try (var ps =
                      c.prepareStatement("SELECT COUNT(*) FROM auth_token WHERE token_hash = ?")) {
                    ps.setString(1, token.token());
                    try (var rs = ps.executeQuery()) {
                      rs.next();
                      return rs.getLong(1);
                    }
                  }
                });

    assertThat(stored).isZero();
  }

  @Test
  void aUsernameIsTakenWhateverItsCase() {
    RelataException refusal =
        unprocessable(
            () -> identity.createUser("Admin", "Another", null, "a long enough password", false));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("username");
              assertThat(p.code()).isEqualTo("duplicate");
            });
  }

  @Test
  void shortPasswordsAndMalformedUsernamesAreRefused() {
    assertThat(
            unprocessable(() -> identity.createUser("ada", "Ada", null, "short", false)).problems())
        .extracting(p -> p.field())
        .containsExactly("password");
    for (String username : new String[] {"a", "ada lovelace", "ada'--", "客户", null}) {
      assertThat(
              unprocessable(
                      () ->
                          identity.createUser(
                              username, "Ada", null, "a long enough password", false))
                  .problems())
          .extracting(p -> p.field())
          .containsExactly("username");
    }
  }
}
