package dev.relata.platform.organisation;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.TextRules;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the values of a create or change request (plain JSON values: text, numbers, booleans,
 * lists, objects) and collects what is wrong with them, so that one answer names every bad field.
 * Names the request may not contain are problems too, never silently ignored.
 */
final class Input {
  private static final int MAX_LABEL = 200;

  /** Labels as JSON, shown as they are in every language. */
  private static final String LABELS_EXAMPLE = "{\"en\": \"Sales\", \"zh-CN\": \"销售部\"}";

  private final Map<String, Object> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  Input(Map<String, Object> values, Set<String> allowed) {
    this.values = values == null ? Map.of() : values;
    for (String name : this.values.keySet()) {
      if (!allowed.contains(name)) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        problems.add(
            FieldProblem.of(
                shown,
                "unknown_field",
                "input.unknown_field",
                shown,
                String.join(", ", allowed.stream().sorted().toList())));
      }
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /**
   * A single line of text of at most {@code max} characters, stripped; null if absent, null or
   * blank. Control characters and incomplete characters are problems ({@link TextRules}).
   */
  String text(String name, int max, boolean required) {
    return text(name, max, required, TextRules.Lines.SINGLE);
  }

  /** Text that may span lines (tabs and line breaks kept, as {@code \n}), as {@link #text}. */
  String multilineText(String name, int max, boolean required) {
    return text(name, max, required, TextRules.Lines.MULTIPLE);
  }

  private String text(String name, int max, boolean required, TextRules.Lines lines) {
    Object value = values.get(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      if (required) {
        problem(FieldProblem.of(name, "required", "value.required", name));
      }
      return null;
    }
    if (!(value instanceof String text)) {
      problem(FieldProblem.of(name, "type", "value.type.text", name));
      return null;
    }
    String stripped = TextRules.clean(text, lines);
    if (stripped.length() > max) {
      problem(FieldProblem.of(name, "too_long", "input.too_long", name, max));
      return null;
    }
    FieldProblem invalid = TextRules.problem(name, stripped, lines);
    if (invalid != null) {
      problems.add(invalid);
      return null;
    }
    return stripped;
  }

  /** The id of another object; null if absent or null. */
  Long id(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    Long id = null;
    if (value instanceof BigInteger number && number.bitLength() < 63) {
      id = number.longValue();
    } else if (value instanceof Long || value instanceof Integer) {
      id = ((Number) value).longValue();
    }
    if (id == null || id <= 0) {
      problem(FieldProblem.of(name, "type", "input.not_an_id", name));
      return null;
    }
    return id;
  }

  Boolean bool(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean flag)) {
      problem(FieldProblem.of(name, "type", "value.type.boolean", name));
      return null;
    }
    return flag;
  }

  /** A list of texts; null if absent. */
  List<String> texts(String name, int max) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
      problem(FieldProblem.of(name, "type", "input.not_names", name));
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (Object item : list) {
      String text = ((String) item).strip();
      if (text.length() > max) {
        problem(FieldProblem.of(name, "too_long", "input.name_too_long", name, max));
        return null;
      }
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** Labels by locale tag ({@code {"en": "Sales", "zh-CN": "销售部"}}); null if absent. */
  Labels labels(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problem(FieldProblem.of(name, "type", "input.labels_not_object", name, LABELS_EXAMPLE));
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String locale = String.valueOf(entry.getKey());
      if (!locale.matches("[a-z]{2}(-[A-Za-z]{2,4})?")) {
        problem(
            FieldProblem.of(
                name,
                "locale",
                "input.invalid_locale",
                locale.length() > 20 ? locale.substring(0, 20) : locale));
      } else if (!(entry.getValue() instanceof String text)) {
        problem(
            FieldProblem.of(name + "." + locale, "type", "value.type.text", name + "." + locale));
      } else if (text.strip().length() > MAX_LABEL) {
        problem(
            FieldProblem.of(name + "." + locale, "too_long", "input.label_too_long", MAX_LABEL));
      } else if (TextRules.problem(name + "." + locale, text.strip(), TextRules.Lines.SINGLE)
          != null) {
        problems.add(TextRules.problem(name + "." + locale, text.strip(), TextRules.Lines.SINGLE));
      } else if (!text.isBlank()) {
        labels.put(locale, text.strip());
      }
    }
    return new Labels(labels);
  }

  void problem(FieldProblem problem) {
    problems.add(problem);
  }

  boolean ok() {
    return problems.isEmpty();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw RelataException.invalid(problems);
    }
  }
}
