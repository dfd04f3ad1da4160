package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed requests of every kind get a 4xx in the one error shape, never a stack trace, and the
 * server stays healthy.
 */
class RequestHandlingIT {
  private final Api admin = Api.admin();

  @Test
  void malformedJsonIsABadRequestSayingWhereItBroke() {
    JsonNode error =
        assertError(
            admin.post("/api/v1/records/customer", "{\"name\": \"Acme\""), 400, "malformed_json");

    assertThat(error.get("message").asText())
        .isEqualTo(
            "Malformed JSON at line 1, column 16: the body ends before the JSON does (a quote, ]"
                + " or } is missing).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[{\"name\": \"Acme\"}]", "\"Acme\"", "42", "true", "null"})
  void aJsonValueThatIsNoObjectIsABadRequest(String body) {
    JsonNode error = assertError(admin.post("/api/v1/records/customer", body), 400, "bad_request");

    assertThat(error.get("message").asText()).contains("JSON object");
  }

  @Test
  void anEmptyBodyIsMalformedJson() {
    assertError(admin.post("/api/v1/records/customer", ""), 400, "malformed_json");
  }

  @Test
  void duplicateKeysAndTrailingTokensAreMalformedJsonSaidInPlainWords() {
    JsonNode duplicate =
        assertError(
            admin.post("/api/v1/records/customer", "{\"name\": \"a\", \"name\": \"b\"}"),
            400,
            "malformed_json");
    JsonNode trailing =
        assertError(
            admin.post("/api/v1/records/customer", "{\"name\": \"a\"} {}"), 400, "malformed_json");

    assertThat(duplicate.get("message").asText())
        .endsWith("the member 'name' appears twice in one object.");
    assertThat(trailing.get("message").asText())
        .endsWith("there is more after the JSON value; send one JSON object.");
  }

  @Test
  void jsonBeyondTheParsersLimitsIsMalformedWithoutNamingTheParser() {
    String deep = "[".repeat(70) + "]".repeat(70);
    String longNumber = "{\"n\": " + "1".repeat(200) + "}";

    JsonNode tooDeep =
        assertError(admin.post("/api/v1/records/customer", deep), 400, "malformed_json");
    JsonNode tooLong =
        assertError(admin.post("/api/v1/records/customer", longNumber), 400, "malformed_json");

    assertThat(tooDeep.get("message").asText())
        .isEqualTo("The JSON nests deeper than 64 levels of arrays and objects.");
    assertThat(tooLong.get("message").asText())
        .isEqualTo("A number in the JSON has more than 100 digits.");
  }

  @Test
  void aBodyOverTwoMegabytesIsTooLargeAndTheServerStaysHealthy() {
    String threeMegabytes = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";

    Api.Reply reply = admin.post("/api/v1/records/customer", threeMegabytes);

    JsonNode error = assertError(reply, 413, "payload_too_large");
    assertThat(error.get("message").asText())
        .isEqualTo("The request body is too large: at most 2048 KiB (2097152 bytes).");
    assertThat(reply.body()).hasSizeLessThan(2000);
    assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/records/customer?size=1").status()).isEqualTo(200);
  }

  @Test
  void aBodyThatIsNotJsonByItsContentTypeIsUnsupported() {
    Api.Reply reply =
        admin.send("POST", "/api/v1/records/customer", "text/plain", "{\"name\": \"Plain\"}");

    assertError(reply, 415, "unsupported_media_type");
    assertThat(
            admin
                .get("/api/v1/records/customer?filter=" + Api.encode("name eq 'Plain'"))
                .json()
                .get("total")
                .asLong())
        .isZero();
    assertError(
        admin.send("POST", "/api/v1/metadata/entities", "application/xml", "<entity/>"),
        415,
        "unsupported_media_type");
  }

  @Test
  void anUnknownPathIsNotFoundInTheErrorShape() {
    assertError(admin.get("/api/v1/nothing/here"), 404, "not_found");
  }

  @Test
  void aMethodThatIsNotAllowedIs405NamingTheAllowedOnes() {
    Api.Reply reply = admin.send("PUT", "/api/v1/records/customer", "application/json", "{}");

    assertError(reply, 405, "method_not_allowed");
    assertThat(reply.response().headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
  }

  @Test
  void aPageThatIsNoNumberIsABadRequestNamingIt() {
    JsonNode error =
        assertError(admin.get("/api/v1/records/customer?page=abc"), 400, "bad_request");

    assertThat(error.get("message").asText()).isEqualTo("page must be a whole number, not 'abc'.");
    assertError(admin.get("/api/v1/records/customer?size=0"), 400, "bad_request");
    assertError(admin.get("/api/v1/records/customer?size=501"), 400, "bad_request");
    assertError(admin.get("/api/v1/records/customer?page=-1"), 400, "bad_request");
    assertError(admin.get("/api/v1/metadata/revisions?size=x"), 400, "bad_request");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-5", "999999999", "99999999999999999999999", "1.5"})
  void aRecordIdThatIsNotAnExistingRecordIsNotFound(String id) {
    assertError(admin.get("/api/v1/records/customer/" + id), 404, "not_found");
    assertError(admin.get("/api/v1/records/customer/" + id + "/history"), 404, "not_found");
  }

  @Test
  void anUnknownEntityIsNotFound() {
    assertError(admin.get("/api/v1/records/nothing"), 404, "not_found");
    assertError(admin.get("/api/v1/metadata/entities/nothing"), 404, "not_found");
  }

  @Test
  void withoutAValidTokenEveryCallIsUnauthorizedInTheErrorShape() {
    assertError(Api.anonymous().get("/api/v1/metadata/entities"), 401, "unauthorized");
    Api.Reply forged = Api.anonymous().withToken("forged").get("/api/v1/records/customer");
    assertError(forged, 401, "unauthorized");
    assertThat(forged.response().headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    Api.Reply wrongPassword =
        Api.anonymous()
            .post(
                "/api/v1/auth/token",
                "{\"username\": \"admin\", \"password\": \"wrong password\"}");
    Api.Reply unknownUser =
        Api.anonymous()
            .post(
                "/api/v1/auth/token",
                "{\"username\": \"nobody\", \"password\": \"wrong password\"}");

    assertError(wrongPassword, 401, "unauthorized");
    assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Api.Reply reply = Api.anonymous().get("/openapi");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains(
            "Relata API",
            "/api/v1/records/{entity}",
            "/api/v1/metadata/entities",
            "/api/v1/auth/token");
  }
}
