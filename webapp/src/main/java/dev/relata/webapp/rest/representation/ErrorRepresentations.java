package dev.relata.webapp.rest.representation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The one error shape of the API. */
public final class ErrorRepresentations {
  private ErrorRepresentations() {}

  /** Every 4xx and 5xx answer has this body. */
  @Schema(
      name = "Error",
      description =
          "Every error answer: a code for programs, a message for people and, for 422, the fields"
              + " at fault.")
  public record Error(
      @Schema(
              description =
                  "bad_request (400), unauthorized (401), forbidden (403), not_found (404 and 405),"
                      + " conflict (409), validation_failed (422), internal_error (500).",
              example = "validation_failed")
          String error,
      @Schema(
              description = "What was wrong and what to do, in English.",
              example = "The record has 2 invalid fields.")
          String message,
      @Schema(description = "The fields at fault; empty unless the error is about fields.")
          List<FieldError> fields) {}

  /** One field at fault. */
  @Schema(name = "FieldError", description = "One field at fault and why.")
  public record FieldError(
      @Schema(
              description =
                  "The field's API name (for definitions, a path such as amount.precision).",
              example = "amount")
          String field,
      @Schema(
              description =
                  "required, type, too_long, format, picklist, out_of_range, unique, unknown_field,"
                      + " read_only, lookup, … (see the API guide).",
              example = "type")
          String code,
      @Schema(example = "amount must be a number.") String message) {}
}
