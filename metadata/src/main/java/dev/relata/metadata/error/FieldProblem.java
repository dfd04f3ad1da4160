package dev.relata.metadata.error;

/**
 * One thing wrong with one field of a request.
 *
 * @param field api name of the field (or a path like {@code options[2].value})
 * @param code stable machine-readable reason, e.g. {@code required}, {@code too_long}
 * @param message what was wrong and what to do, for a person
 */
public record FieldProblem(String field, String code, String message) {}
