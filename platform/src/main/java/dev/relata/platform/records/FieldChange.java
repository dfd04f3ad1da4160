package dev.relata.platform.records;

import java.time.Instant;

/**
 * One entry of a record's history: a field's old and new value as text, or a whole-record event
 * ({@code create}, {@code delete}, {@code restore}) with no field.
 */
public record FieldChange(
    long id,
    String kind,
    String field,
    String oldValue,
    String newValue,
    Instant changedAt,
    long changedBy,
    String changedByName) {}
