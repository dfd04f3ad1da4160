package dev.relata.webapp.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.error.FieldProblem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An error answer stays small, whatever was sent. */
class ErrorResponsesTest {

  @Test
  void aFloodOfFieldProblemsIsAnsweredWithTheFirstTwentyAndTheCount() throws Exception {
    List<FieldProblem> problems =
        IntStream.range(0, 5001)
            .mapToObj(
                i -> new FieldProblem("k" + i, "unknown_field", "'k" + i + "' is not a field."))
            .toList();

    String body =
        ErrorResponses.body(
            ApiError.VALIDATION_FAILED, "The record has 5001 invalid fields.", problems);

    JsonNode json = Json.parse(body);
    assertThat(json.get("fields")).hasSize(20);
    assertThat(json.get("fields").get(19).get("field").asText()).isEqualTo("k19");
    assertThat(json.get("fieldCount").asInt()).isEqualTo(5001);
    assertThat(json.get("message").asText())
        .isEqualTo(
            "The record has 5001 invalid fields. The first 20 are listed; fieldCount has the total.");
    assertThat(body).hasSizeLessThan(2500);
  }

  @Test
  void twentyProblemsOrFewerAreAllListedWithoutACount() throws Exception {
    List<FieldProblem> problems =
        IntStream.range(0, 20)
            .mapToObj(i -> new FieldProblem("f" + i, "required", "f" + i + " is required."))
            .toList();

    JsonNode json = Json.parse(ErrorResponses.body(ApiError.VALIDATION_FAILED, "m", problems));

    assertThat(json.get("fields")).hasSize(20);
    assertThat(json.has("fieldCount")).isFalse();
  }

  @Test
  void longMessagesAreCutWithoutSplittingACharacter() throws Exception {
    String message = "x".repeat(299) + "😀".repeat(10);

    JsonNode json = Json.parse(ErrorResponses.body(ApiError.BAD_REQUEST, message, List.of()));

    assertThat(json.get("message").asText()).isEqualTo("x".repeat(299) + "…");
  }
}
