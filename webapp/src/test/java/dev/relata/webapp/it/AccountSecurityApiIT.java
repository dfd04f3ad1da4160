package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.platform.testing.Totp;
import dev.relata.webapp.it.TestUsers.TestUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lockout, two-factor, password change and personal tokens over REST, each on a user of its own
 * (never the shared admin). Needs {@code POST /api/v1/admin/users} to make those users.
 */
class AccountSecurityApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVALID = "Invalid username or password.";

  private static Api.Reply token(String username, String password, String totp) {
    var body = JSON.createObjectNode().put("username", username).put("password", password);
    if (totp != null) {
      body.put("totp", totp);
    }
    return Api.anonymous().post("/api/v1/auth/token", body.toString());
  }

  @Test
  void theSixthTryIsRefusedEvenWithTheRightPasswordAndLooksLikeAnyFailure() {
    TestUser user = TestUsers.create("lock");
    for (int i = 0; i < 5; i++) {
      assertError(token(user.username(), "a wrong guess here", null), 401, "unauthorized");
    }

    JsonNode locked =
        assertError(token(user.username(), user.password(), null), 401, "unauthorized");
    JsonNode unknown =
        assertError(
            token("nobody-" + user.username(), "whatever it is", null), 401, "unauthorized");

    assertThat(locked.get("message").asText())
        .isEqualTo(INVALID)
        .isEqualTo(unknown.get("message").asText());
  }

  @Test
  void anUnknownUsernameAnswersAboutAsFastAsAKnownOne() {
    TestUser user = TestUsers.create("timing");
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      known.add(time(() -> token(user.username(), "a wrong guess here", null)));
      unknown.add(time(() -> token("no-" + user.username(), "a wrong guess here", null)));
    }

    assertThat((double) median(unknown) / median(known))
        .as("unknown %s known %s", unknown, known)
        .isBetween(0.4, 2.5);
  }

  @Test
  void withTwoFactorOnTheTokenNeedsACodeThatCannotBeReplayed() {
    TestUser user = TestUsers.create("totp");
    Api api = user.api();
    String secret = api.post("/api/v1/me/totp/enrolment", "{}").json().get("secret").asText();
    JsonNode confirmed =
        api.post(
                "/api/v1/me/totp/confirm",
                "{\"code\":\"" + Totp.code(secret, Instant.now().minusSeconds(30)) + "\"}")
            .json();
    assertThat(confirmed.get("recoveryCodes")).hasSize(10);

    JsonNode missing =
        assertError(token(user.username(), user.password(), null), 401, "unauthorized");
    String code = Totp.now(secret);
    Api.Reply first = token(user.username(), user.password(), code);
    Api.Reply replay = token(user.username(), user.password(), code);

    assertThat(missing.get("message").asText()).contains("totp");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertError(replay, 401, "unauthorized");
  }

  @Test
  void aRecoveryCodeWorksOnce() {
    TestUser user = TestUsers.create("recovery");
    Api api = user.api();
    String secret = api.post("/api/v1/me/totp/enrolment", "{}").json().get("secret").asText();
    String recovery =
        api.post("/api/v1/me/totp/confirm", "{\"code\":\"" + Totp.now(secret) + "\"}")
            .json()
            .get("recoveryCodes")
            .get(0)
            .asText();

    assertThat(token(user.username(), user.password(), recovery).status()).isEqualTo(200);
    assertError(token(user.username(), user.password(), recovery), 401, "unauthorized");
  }

  @Test
  void changingThePasswordEndsTheOldTokenAndTheNewPasswordWorks() {
    TestUser user = TestUsers.create("change");
    Api api = user.api();

    JsonNode weak =
        assertError(
            api.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\""
                    + user.password()
                    + "\",\"newPassword\":\"password1234\"}"),
            422,
            "validation_failed");
    Api.Reply changed =
        api.post(
            "/api/v1/me/password",
            "{\"currentPassword\":\""
                + user.password()
                + "\",\"newPassword\":\"an entirely new passphrase\"}");

    assertThat(weak.get("fields").get(0).get("field").asText()).isEqualTo("newPassword");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertError(api.get("/api/v1/me"), 401, "unauthorized");
    assertThat(Api.signIn(user.username(), "an entirely new passphrase").get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void anotherUsersPersonalTokenCannotBeRevoked() {
    TestUser owner = TestUsers.create("owner");
    TestUser other = TestUsers.create("other");
    Api ownerApi = owner.api();
    JsonNode created = ownerApi.post("/api/v1/me/tokens", "{\"name\":\"mine\"}").json();

    assertError(
        other.api().delete("/api/v1/me/tokens/" + created.get("id").asLong()), 404, "not_found");
    assertThat(ownerApi.withToken(created.get("token").asText()).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void theSecurityPolicyIsForAdministratorsOnly() {
    Api user = TestUsers.create("plain").api();

    assertError(user.get("/api/v1/admin/security-policy"), 403, "forbidden");
    assertError(
        user.put("/api/v1/admin/security-policy", "{\"lockoutThreshold\":1}"), 403, "forbidden");
  }

  private static long time(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
