package dev.relata.webapp.rest.representation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Record shapes that hold for every entity. Each entity's own record schemas are generated from its
 * live definition (see {@code dev.relata.webapp.rest.openapi.EntitySchemas}).
 */
public final class RecordRepresentations {
  private RecordRepresentations() {}

  @Schema(name = "FieldChange", description = "One entry of a record's history.")
  public record FieldChange(
      @Schema(allowableValues = {"create", "update", "delete", "restore"}) String kind,
      @Schema(nullable = true, description = "Null for whole-record events.") String field,
      @Schema(nullable = true, description = "The old value as text.") String old,
      @Schema(nullable = true, name = "new", description = "The new value as text.")
          String newValue,
      Instant at,
      @Schema(description = "User id.") long by,
      @Schema(nullable = true) String byName) {}

  @Schema(name = "RecordHistory", description = "Field changes, newest first.")
  public record RecordHistory(List<FieldChange> items) {}
}
