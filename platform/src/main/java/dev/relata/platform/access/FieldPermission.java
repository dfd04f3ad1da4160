package dev.relata.platform.access;

/** One role's access to one field as the API reads and writes it: {@code hidden, read, edit}. */
public record FieldPermission(String entity, String field, String access) {}
