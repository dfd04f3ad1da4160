package dev.relata.metadata.error;

/**
 * One thing wrong with one field of a request.
 *
 * @param field api name of the field (or a path like {@code options[2].value})
 * @param code stable machine-readable reason, e.g. {@code required}, {@code too_long}
 * @param text what was wrong and what to do, for a person
 */
public record FieldProblem(String field, String code, Message text) {
  /** A problem about a field, its text from the message bundle. */
  public static FieldProblem of(String field, String code, String key, Object... args) {
    return new FieldProblem(field, code, Message.of(key, args));
  }

  /** The text in English, as the API sends it. */
  public String message() {
    return text.english();
  }
}
