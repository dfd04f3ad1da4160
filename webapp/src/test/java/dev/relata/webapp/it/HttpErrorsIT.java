package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors decided before any resource runs (by Payara, Grizzly or JAX-RS itself) answer in the API's
 * one error shape too, with their own status and code, and small: an over-long URL or header, a
 * body where none belongs or of the wrong type or size, a header JAX-RS cannot parse, a path
 * outside the API. Only what Payara cannot parse at all gets its bare 400, as documented.
 */
class HttpErrorsIT {
  private final Api admin = Api.admin();

  @Test
  void aUrlOverFortyKilobytesIsTooLong() {
    Api.Reply reply = admin.get("/api/v1/records/customer?filter=" + "a".repeat(50_000));

    JsonNode error = assertError(reply, 414, "uri_too_long");
    assertThat(error.get("message").asText()).contains("at most 40960");
  }

  @Test
  void aFilterOfFourThousandChineseCharactersStillFitsTheUrl() {
    String filter = "name eq '" + "客".repeat(3980) + "'";

    Api.Reply reply = admin.get("/api/v1/records/customer?filter=" + Api.encode(filter));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void headersOverSixteenKilobytesAreTooLarge() {
    Api.Reply reply = admin.getWithHeader("/api/v1/records/customer", "X-Big", "b".repeat(20_000));

    assertError(reply, 431, "headers_too_large");
  }

  @Test
  void aRequestPayaraCannotReadAtAllGetsItsBare400AsDocumented() {
    Api.Reply reply = admin.get("/api/v1/records/customer?filter=" + "a".repeat(70_000));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEmpty();
    assertThat(admin.get("/api/v1/records/customer?size=1").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "DELETE"})
  void aBodyOnAMethodThatTakesNoneIsRefused(String method) {
    long id =
        admin.post("/api/v1/records/customer", "{\"name\": \"Kept\"}").json().get("id").asLong();

    Api.Reply reply =
        admin.send(method, "/api/v1/records/customer/" + id, "application/json", "{\"a\": 1}");

    JsonNode error = assertError(reply, 400, "body_not_allowed");
    assertThat(error.get("message").asText())
        .isEqualTo(method + " takes no body; send the request without one.");
    assertThat(admin.get("/api/v1/records/customer/" + id).status()).isEqualTo(200);
  }

  @Test
  void aBodyWithoutContentTypeIsUnsupportedAndNothingIsCreated() {
    Api.Reply reply =
        admin.send("POST", "/api/v1/records/customer", null, "{\"name\": \"Untyped\"}");

    assertError(reply, 415, "unsupported_media_type");
    assertThat(count("Untyped")).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ";;;",
        "application/json; charset=iso-8859-1",
        "application/json; nonsense",
        "text/plain"
      })
  void aContentTypeThatIsNotJsonInUtf8IsUnsupported(String contentType) {
    Api.Reply reply =
        admin.send("POST", "/api/v1/records/customer", contentType, "{\"name\": \"Odd\"}");

    assertError(reply, 415, "unsupported_media_type");
    assertThat(count("Odd")).isZero();
  }

  @Test
  void anAcceptHeaderJaxRsCannotParseIsABadRequestInTheErrorShape() {
    assertError(
        admin.getWithHeader("/api/v1/records/customer?size=1", "Accept", ";;;"),
        400,
        "bad_request");
  }

  @Test
  void anAnswerThatCannotBeJsonIsNotAcceptable() {
    assertError(
        admin.getWithHeader("/api/v1/records/customer?size=1", "Accept", "text/html"),
        406,
        "not_acceptable");
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLargeAsItIsRead() {
    byte[] body =
        ("{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

    Api.Reply reply =
        admin.sendChunked("POST", "/api/v1/records/customer", "application/json", body);

    assertError(reply, 413, "payload_too_large");
    assertThat(reply.body()).hasSizeLessThan(300);
  }

  @Test
  void aFloodOfUnknownKeysGetsASmallAnswerWithTheFirstTwentyAndTheCount() {
    StringBuilder body = new StringBuilder("{\"name\": \"Flood\"");
    for (int i = 0; i < 5000; i++) {
      body.append(", \"k").append(i).append("\": 1");
    }
    body.append('}');

    Api.Reply reply = admin.post("/api/v1/records/customer", body.toString());

    JsonNode error = assertError(reply, 422, "validation_failed");
    assertThat(error.get("fields")).hasSize(20);
    assertThat(error.get("fieldCount").asInt()).isEqualTo(5000);
    assertThat(error.get("message").asText())
        .isEqualTo(
            "The record has 5000 invalid fields. The first 20 are listed; fieldCount has the"
                + " total.");
    assertThat(reply.body()).hasSizeLessThan(3000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/other", "/api/v2/records/customer"})
  void aPathOutsideTheApiVersionIsNotFoundInTheErrorShapeWithoutASession(String path) {
    Api.Reply reply = admin.get(path);

    assertError(reply, 404, "not_found");
    assertThat(reply.response().headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void optionsListsTheMethodsWithoutAWadlDocument() {
    Api.Reply options = admin.send("OPTIONS", "/api/v1/records/customer", null, null);

    assertThat(options.status()).isEqualTo(200);
    assertThat(options.response().headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    assertThat(options.body()).doesNotContain("wadl", "Jersey");
    assertError(admin.get("/api/v1/application.wadl"), 404, "not_found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"name%20eq%20%27%ff%27", "name%20eq%20%27%C3%28%27", "%ED%A0%80"})
  void aQueryStringThatIsNotUtf8IsABadRequestNotAGuess(String filter) {
    JsonNode error =
        assertError(admin.get("/api/v1/records/customer?filter=" + filter), 400, "bad_request");

    assertThat(error.get("message").asText()).contains("not valid percent-encoded UTF-8");
  }

  @Test
  void errorsBeforeSignInAreInTheShapeToo() {
    Api anonymous = Api.anonymous();

    assertError(
        anonymous.get("/api/v1/records/customer?filter=" + "a".repeat(50_000)),
        414,
        "uri_too_long");
    assertError(
        anonymous.send("POST", "/api/v1/auth/token", "text/plain", "{}"),
        415,
        "unsupported_media_type");
  }

  private long count(String name) {
    return admin
        .get("/api/v1/records/customer?filter=" + Api.encode("name eq '" + name + "'"))
        .json()
        .get("total")
        .asLong();
  }
}
