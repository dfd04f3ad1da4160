package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the API's one error shape: {"error", "message", "fields": [...]}. */
final class ApiErrors {
  private ApiErrors() {}

  /** Asserts the status and the error shape; returns the body for further checks. */
  static JsonNode assertError(Api.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.response().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = reply.json();
    assertThat(body.get("error").asText()).isEqualTo(code);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.get("fields").isArray()).isTrue();
    body.get("fields")
        .forEach(
            f -> {
              assertThat(f.get("field").asText()).isNotBlank();
              assertThat(f.get("code").asText()).isNotBlank();
              assertThat(f.get("message").asText()).isNotBlank();
            });
    assertThat(reply.body())
        .doesNotContain("Exception", "\tat ", "Payara", "com.fasterxml", "Jersey", "`");
    return body;
  }

  /** A name no other test uses, valid as an entity or field name. */
  static String uniqueName(String prefix) {
    return prefix + "_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
