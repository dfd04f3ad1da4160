package dev.relata.webapp.rest.representation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Entities, fields, revisions and definition files. */
public final class MetadataRepresentations {
  static final String NAME = "[a-z][a-z0-9_]{1,39}";
  private static final String ABSENT = "Absent when there are none.";

  private MetadataRepresentations() {}

  @Schema(name = "Entity", description = "A record type with its fields.")
  public record Entity(
      @Schema(pattern = NAME) String name,
      @Schema(ref = "Labels", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ABSENT)
          Map<String, String> labels,
      @Schema(ref = "Labels", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ABSENT)
          Map<String, String> pluralLabels,
      @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description = "The field that names a record; absent when none is chosen.")
          String nameField,
      @Schema(description = "A standard entity, which cannot be deleted.") boolean system,
      @Schema(description = "Deleted fields are listed, marked deleted.") List<Field> fields) {}

  @Schema(name = "EntityList")
  public record EntityList(List<Entity> items) {}

  @Schema(
      name = "Field",
      description = "A field; options that do not apply to its type are absent.")
  public record Field(
      @Schema(pattern = NAME) String name,
      @Schema(ref = "FieldType") String type,
      @Schema(ref = "Labels", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ABSENT)
          Map<String, String> labels,
      boolean required,
      boolean unique,
      boolean indexed,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Text kinds.")
          Integer length,
      @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description = "Decimal kinds: digits in all.")
          Integer precision,
      @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description = "Decimal kinds: digits after the point.")
          Integer scale,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Picklists.")
          List<PicklistOption> options,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Lookups: entity.")
          String target,
      @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description = "Autonumbers.",
              example = "CT-{00000}")
          String pattern,
      @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description = "As text: numbers, true/false, multipicklist values joined by ';'.")
          String defaultValue,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String helpText,
      boolean deleted) {}

  @Schema(name = "PicklistOption", description = "One value a picklist may take.")
  public record PicklistOption(
      @Schema(requiredMode = REQUIRED, maxLength = 100) String value,
      @Schema(ref = "Labels") Map<String, String> labels,
      int order,
      @Schema(description = "Inactive values stay on old records but are not offered.")
          boolean active) {}

  @Schema(name = "EntityInput", description = "A new entity and its fields.")
  public record EntityInput(
      @Schema(requiredMode = REQUIRED, pattern = NAME) String name,
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(ref = "Labels") Map<String, String> pluralLabels,
      String nameField,
      List<FieldInput> fields) {}

  @Schema(name = "EntityUpdate", description = "Only these can change here; fields change apart.")
  public record EntityUpdate(
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(ref = "Labels") Map<String, String> pluralLabels,
      String nameField) {}

  @Schema(
      name = "FieldInput",
      description =
          "A new field. An option that does not apply to the type is refused, not ignored.")
  public record FieldInput(
      @Schema(requiredMode = REQUIRED, pattern = NAME) String name,
      @Schema(requiredMode = REQUIRED, ref = "FieldType") String type,
      @Schema(ref = "Labels") Map<String, String> labels,
      Boolean required,
      Boolean unique,
      Boolean indexed,
      @Schema(minimum = "1", maximum = "131072") Integer length,
      @Schema(minimum = "1", maximum = "38") Integer precision,
      @Schema(minimum = "0", maximum = "38") Integer scale,
      List<PicklistOption> options,
      String target,
      String pattern,
      String defaultValue,
      @Schema(maxLength = 1000) String helpText) {}

  @Schema(
      name = "FieldUpdate",
      description =
          "The field's properties to change. Type changes only where no value can be lost.")
  public record FieldUpdate(
      @Schema(ref = "FieldType") String type,
      @Schema(ref = "Labels") Map<String, String> labels,
      Boolean required,
      Boolean unique,
      Boolean indexed,
      Integer length,
      Integer precision,
      Integer scale,
      List<PicklistOption> options,
      String pattern,
      @Schema(nullable = true) String defaultValue,
      @Schema(nullable = true, maxLength = 1000) String helpText) {}

  @Schema(name = "Revision", description = "One metadata change.")
  public record Revision(
      long id,
      Instant createdAt,
      @Schema(nullable = true) String author,
      String entity,
      @Schema(example = "field_add") String action,
      @Schema(nullable = true) String summary,
      List<DefinitionChange> changes) {}

  @Schema(name = "RevisionDetail", description = "A revision with the definitions around it.")
  public record RevisionDetail(
      long id,
      Instant createdAt,
      @Schema(nullable = true) String author,
      String entity,
      String action,
      @Schema(nullable = true) String summary,
      List<DefinitionChange> changes,
      @Schema(
              nullable = true,
              description = "The definition before; null when the revision created the entity.")
          Entity before,
      @Schema(nullable = true, description = "The definition after; null when it deleted it.")
          Entity after) {}

  @Schema(name = "DefinitionChange", description = "One changed path of a definition.")
  public record DefinitionChange(
      @Schema(example = "fields.amount.precision") String path,
      @Schema(nullable = true, description = "Any JSON value.") Object before,
      @Schema(nullable = true, description = "Any JSON value.") Object after) {}

  @Schema(name = "RevisionPage")
  public record RevisionPage(List<Revision> items, long total, int page, int size) {}

  @Schema(
      name = "DefinitionFiles",
      description = "Canonical definition files by file name, e.g. customer.json.")
  public record DefinitionFiles(
      @Schema(requiredMode = REQUIRED) Map<String, Map<String, Object>> entities) {}

  @Schema(name = "ImportResult")
  public record ImportResult(
      @Schema(description = "Entities created or changed.") List<String> imported) {}
}
