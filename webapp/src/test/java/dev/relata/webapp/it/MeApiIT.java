package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The caller's own account over REST, as the shared administrator: nothing here locks, enrols or
 * changes the password of {@code admin}, and policy changes write back the values already there.
 */
class MeApiIT {
  private final Api admin = Api.admin();

  @Test
  void meAnswersTheProfileRolesAndTwoFactorState() {
    JsonNode me = admin.get("/api/v1/me").json();

    assertThat(me.get("username").asText()).isEqualTo("admin");
    assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("admin");
    assertThat(me.get("twoFactor").get("enabled").asBoolean()).isFalse();
    assertThat(me.has("passwordHash")).isFalse();
    assertThat(me.toString()).doesNotContain("pbkdf2");
  }

  @Test
  void signingOutEndsTheTokenAndSigningOutAgainIsHarmless() {
    Api session = Api.admin();
    assertThat(session.get("/api/v1/me").status()).isEqualTo(200);

    assertThat(session.delete("/api/v1/auth/token").status()).isEqualTo(204);

    assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(session.delete("/api/v1/auth/token").status()).isEqualTo(204);
    assertThat(Api.anonymous().delete("/api/v1/auth/token").status()).isEqualTo(204);
  }

  @Test
  void withoutATokenEveryMeEndpointIs401() {
    for (String path : new String[] {"/api/v1/me", "/api/v1/me/tokens", "/api/v1/me/totp"}) {
      assertError(Api.anonymous().get(path), 401, "unauthorized");
    }
  }

  @Test
  void aPersonalTokenIsShownOnceWorksIsListedWithoutSecretAndEndsWhenRevoked() {
    Api.Reply created =
        admin.post("/api/v1/me/tokens", "{\"name\":\"MeApiIT script\",\"expiresInDays\":7}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String token = created.json().get("token").asText();
    long id = created.json().get("id").asLong();

    assertThat(admin.withToken(token).get("/api/v1/me").json().get("username").asText())
        .isEqualTo("admin");
    JsonNode listed = admin.get("/api/v1/me/tokens").json().get("items");
    assertThat(listed.toString()).contains("MeApiIT script").doesNotContain(token);

    assertThat(admin.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
    assertError(admin.withToken(token).get("/api/v1/me"), 401, "unauthorized");
    assertError(admin.delete("/api/v1/me/tokens/" + id), 404, "not_found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999999", "abc", "-1", "1e3"})
  void revokingATokenThatIsNotTheCallersIsNotFound(String id) {
    assertError(admin.delete("/api/v1/me/tokens/" + id), 404, "not_found");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/me/tokens|{\"name\":5}|name",
        "/api/v1/me/tokens|{\"name\":\"x\",\"expiresInDays\":\"ten\"}|expiresInDays",
        "/api/v1/me/tokens|{\"name\":\"x\",\"expiresInDays\":1.5}|expiresInDays",
        "/api/v1/me/tokens|{\"name\":\"x\",\"expiresInDays\":99999999999}|expiresInDays",
        "/api/v1/me/tokens|{\"name\":\"x\",\"expiresInDays\":0}|expiresInDays",
        "/api/v1/me/tokens|{}|name",
        "/api/v1/me/password|{\"currentPassword\":1,\"newPassword\":\"x\"}|currentPassword",
        "/api/v1/me/password|{\"currentPassword\":\"x\"}|newPassword",
        "/api/v1/me/totp/confirm|{\"code\":123456}|code",
        "/api/v1/me/totp/recovery-codes|{\"currentPassword\":[]}|currentPassword",
        "/api/v1/me/totp/disable|{\"currentPassword\":false}|currentPassword",
        "/api/v1/auth/token|{\"username\":\"admin\",\"password\":\"x\",\"totp\":123456}|totp"
      })
  void wrongTypedMembersAre422OnThatMember(String path, String body, String field) {
    JsonNode error = assertError(admin.post(path, body), 422, "validation_failed");

    assertThat(error.get("fields")).extracting(f -> f.get("field").asText()).contains(field);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/me/tokens",
        "/api/v1/me/password",
        "/api/v1/me/totp/confirm",
        "/api/v1/me/totp/recovery-codes"
      })
  void bodiesThatAreNoObjectMalformedOrTooLargeAreRefused(String path) {
    assertError(admin.post(path, "[1,2]"), 400, "bad_request");
    assertError(admin.post(path, "{\"name\":"), 400, "malformed_json");
    assertError(
        admin.post(path, "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"),
        413,
        "payload_too_large");
  }

  @Test
  void turningOffTwoFactorNeedsTheCurrentPassword() {
    JsonNode error =
        assertError(admin.post("/api/v1/me/totp/disable", "{}"), 422, "validation_failed");

    assertThat(error.get("fields").get(0).get("field").asText()).isEqualTo("currentPassword");
  }

  @Test
  void anAdministratorReadsTheSecurityPolicyAndSavesItBackAudited() {
    JsonNode policy = admin.get("/api/v1/admin/security-policy").json();
    assertThat(policy.get("minPasswordLength").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(policy.get("maxPasswordLength").asInt()).isGreaterThanOrEqualTo(64);

    Api.Reply saved = admin.put("/api/v1/admin/security-policy", policy.toString());

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json()).isEqualTo(policy);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"maxPasswordLength\":63}|maxPasswordLength",
        "{\"minPasswordLength\":\"twelve\"}|minPasswordLength",
        "{\"lockoutThreshold\":null}|lockoutThreshold",
        "{\"colour\":3}|colour",
        "{\"sessionIdleMinutes\":99999999999999}|sessionIdleMinutes"
      })
  void aPolicyOutOfBoundsOrWrongTypedIs422AndChangesNothing(String body, String field) {
    JsonNode before = admin.get("/api/v1/admin/security-policy").json();

    JsonNode error =
        assertError(admin.put("/api/v1/admin/security-policy", body), 422, "validation_failed");

    assertThat(error.get("fields")).extracting(f -> f.get("field").asText()).contains(field);
    assertThat(admin.get("/api/v1/admin/security-policy").json()).isEqualTo(before);
  }

  @Test
  void aPolicyBodyThatIsNoObjectIs400() {
    assertError(admin.put("/api/v1/admin/security-policy", "[]"), 400, "bad_request");
    assertError(admin.put("/api/v1/admin/security-policy", ""), 400, "malformed_json");
  }
}
