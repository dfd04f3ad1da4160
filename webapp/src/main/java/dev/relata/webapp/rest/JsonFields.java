package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.TextRules;
import java.util.List;

/**
 * Typed members of a JSON request object: a member of the wrong type is a 422 on that member that
 * says which type it should have, never a silent coercion ({@code "totp": 123456} is not text).
 * Texts keep {@link TextRules}: no control characters, no incomplete characters.
 */
final class JsonFields {
  private JsonFields() {}

  /** A text member, or null when absent or JSON null; refused when longer than {@code max}. */
  static String text(JsonNode body, String name, int max) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw RelataException.invalid(name, "type", "json.not_string", name);
    }
    if (node.asText().length() > max) {
      throw RelataException.invalid(name, "too_long", "value.text_too_long", name, max);
    }
    FieldProblem invalid = TextRules.problem(name, node.asText(), TextRules.Lines.SINGLE);
    if (invalid != null) {
      throw RelataException.invalid(List.of(invalid));
    }
    return node.asText();
  }

  /** A text member that must be there. */
  static String requiredText(JsonNode body, String name, int max) {
    String text = text(body, name, max);
    if (text == null || text.isEmpty()) {
      throw RelataException.invalid(name, "required", "value.required", name);
    }
    return text;
  }

  /** A whole-number member, or {@code fallback} when absent. */
  static int integer(JsonNode body, String name, int fallback) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw RelataException.invalid(name, "type", "value.type.whole_number", name);
    }
    return node.intValue();
  }
}
