package dev.relata.webapp.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An error answer is in English and stays small, whatever was sent. */
class ErrorResponsesTest {

  @Test
  void aFloodOfFieldProblemsIsAnsweredWithTheFirstTwentyAndTheCount() throws Exception {
    List<FieldProblem> problems =
        IntStream.range(0, 5001)
            .mapToObj(
                i ->
                    FieldProblem.of(
                        "k" + i, "unknown_field", "record.unknown_field", "k" + i, "deal"))
            .toList();

    String body =
        ErrorResponses.body(
            ApiError.VALIDATION_FAILED, Message.of("record.problems", 5001), problems);

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
            .mapToObj(i -> FieldProblem.of("f" + i, "required", "value.required", "f" + i))
            .toList();

    JsonNode json =
        Json.parse(
            ErrorResponses.body(
                ApiError.VALIDATION_FAILED, Message.of("record.problems", 20), problems));

    assertThat(json.get("fields")).hasSize(20);
    assertThat(json.has("fieldCount")).isFalse();
  }

  @Test
  void longMessagesAreCutWithoutSplittingACharacter() throws Exception {
    String quoted = "x".repeat(299 - "Unexpected '".length()) + "😀".repeat(10);

    JsonNode json =
        Json.parse(
            ErrorResponses.body(
                ApiError.BAD_REQUEST, Message.of("filter.unexpected", quoted), List.of()));

    assertThat(json.get("message").asText()).isEqualTo("Unexpected '" + "x".repeat(287) + "…");
  }

  @Test
  void theAnswerIsEnglishWhateverTheServersLanguage() throws Exception {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      JsonNode json =
          Json.parse(
              ErrorResponses.body(
                  ApiError.CONFLICT,
                  Message.of("department.not_empty", "sales", 1L, 2L),
                  List.of(FieldProblem.of("head", "lookup", "user.active_not_found", 12345L))));

      assertThat(json.get("message").asText())
          .isEqualTo(
              "Department 'sales' still has 1 user and 2 sub-departments;"
                  + " move them to another department first.");
      assertThat(json.get("fields").get(0).get("message").asText())
          .isEqualTo("There is no active user with id 12345.");
    } finally {
      Locale.setDefault(before);
    }
  }
}
