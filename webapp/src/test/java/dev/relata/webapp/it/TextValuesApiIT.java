package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text sent through the API is stored as the platform's text rules say, and nothing else is
 * silently changed: control characters and halves of UTF-16 pairs are refused naming the field,
 * bytes that are not UTF-8 are refused rather than replaced by {@code ?}.
 */
class TextValuesApiIT {
  private final Api admin = Api.admin();

  @ParameterizedTest
  @ValueSource(strings = {"Ac\\u0000me", "Ac\\u0007me", "Ac\\u001bme", "Acme\\nLtd"})
  void aControlCharacterIsRefusedNamingTheField(String escaped) {
    JsonNode error =
        assertError(
            admin.post("/api/v1/records/customer", "{\"name\": \"" + escaped + "\"}"),
            422,
            "validation_failed");

    assertThat(error.get("fields"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.get("field").asText()).isEqualTo("name");
              assertThat(f.get("code").asText()).isEqualTo("invalid_character");
            });
  }

  @Test
  void aLoneSurrogateEscapeIsRefusedNotStoredAsAQuestionMark() {
    JsonNode error =
        assertError(
            admin.post("/api/v1/records/customer", "{\"name\": \"x\\ud800y\"}"),
            422,
            "validation_failed");

    assertThat(error.get("fields").get(0).get("code").asText()).isEqualTo("invalid_character");
    assertThat(error.get("fields").get(0).get("message").asText())
        .contains("incomplete character (U+D800");
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedNotReplaced() {
    byte[] latin1 = "{\"name\": \"Café Bad\"}".getBytes(StandardCharsets.ISO_8859_1);

    JsonNode error =
        assertError(
            admin.sendBytes("POST", "/api/v1/records/customer", "application/json", latin1),
            400,
            "malformed_json");

    assertThat(error.get("message").asText()).startsWith("The body is not valid UTF-8 (byte 14 of");
    assertThat(
            admin
                .get("/api/v1/records/customer?filter=" + Api.encode("endswith(name,' Bad')"))
                .json()
                .get("total")
                .asLong())
        .isZero();
  }

  @Test
  void textInAnyScriptIsStoredExactlyButForSurroundingSpaces() {
    String sent = "  客户 😀 Ünïcödé  ";

    JsonNode created =
        admin.post("/api/v1/records/customer", "{\"name\": \"" + sent + "\"}").json();

    assertThat(created.get("name").asText()).isEqualTo("客户 😀 Ünïcödé");
    assertThat(
            admin
                .get("/api/v1/records/customer/" + created.get("id").asLong())
                .json()
                .get("name")
                .asText())
        .isEqualTo("客户 😀 Ünïcödé");
  }

  @Test
  void aRequiredTextOfSpacesIsMissing() {
    JsonNode error =
        assertError(
            admin.post("/api/v1/records/customer", "{\"name\": \"   \"}"),
            422,
            "validation_failed");

    assertThat(error.get("fields").get(0).get("code").asText()).isEqualTo("required");
  }

  @Test
  void longTextKeepsLineBreaksAndTabs() {
    JsonNode created =
        admin
            .post(
                "/api/v1/records/customer",
                "{\"name\": \"Lines\", \"address\": \"Street 1\\r\\n\\tFloor 2\"}")
            .json();

    assertThat(created.get("address").asText()).isEqualTo("Street 1\n\tFloor 2");
  }

  @Test
  void namesOfUsersDepartmentsAndRolesFollowTheSameRules() {
    assertError(
        admin.post("/api/v1/admin/departments", "{\"name\": \"Sa\\u0000les\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post(
            "/api/v1/admin/users",
            "{\"username\": \"text.rules\", \"displayName\": \"Text\\u0007Rules\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post(
            "/api/v1/admin/roles", "{\"name\": \"text_rules\", \"labels\": {\"en\": \"\\ud800\"}}"),
        422,
        "validation_failed");
    assertError(
        admin.post("/api/v1/me/tokens", "{\"name\": \"cli\\u0000\"}"), 422, "validation_failed");
  }
}
