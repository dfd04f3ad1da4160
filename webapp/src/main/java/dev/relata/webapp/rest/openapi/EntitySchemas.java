package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.FieldValues;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity's record schemas, generated from its live definition: the record as answered ({@code
 * <Type>Record}), what creating one takes ({@code <Type>RecordInput}), what changing one takes
 * ({@code <Type>RecordUpdate}) and a page of a list ({@code <Type>RecordPage}). Each field becomes
 * a property of the JSON type the API really reads and writes (see {@code FieldValues}): decimals
 * are JSON numbers, dates ISO text, lookups and users ids, multipicklists arrays.
 */
final class EntitySchemas {
  /** Which side of the API a schema describes. */
  enum Use {
    /** A record as the API answers it: every member present, null where there is no value. */
    ANSWER,
    /** A create: required fields without a default must be there; only active options. */
    CREATE,
    /** A change: only the members to change; an option a record holds may be sent back. */
    UPDATE
  }

  private EntitySchemas() {}

  /** The four schemas of one entity, by name. */
  static Map<String, Schema<?>> of(EntityDefinition entity, SchemaNames names) {
    Map<String, Schema<?>> schemas = new LinkedHashMap<>();
    String label = entity.labels().get(Labels.ENGLISH);
    String what = label.isEmpty() ? entity.name() : label;
    schemas.put(
        names.record(entity.name()),
        answer(entity).title(what).description("A " + entity.name() + " record as answered."));
    schemas.put(
        names.input(entity.name()),
        input(entity, Use.CREATE)
            .title("New " + what)
            .description(
                "A new "
                    + entity.name()
                    + " record. Defaults fill fields left out; a member the entity does not have"
                    + " is refused (422 unknown_field)."));
    schemas.put(
        names.update(entity.name()),
        input(entity, Use.UPDATE)
            .title(what + " changes")
            .description(
                "The fields to change; others keep their value. null clears a field that is not"
                    + " required."));
    schemas.put(
        names.page(entity.name()),
        page(Schemas.ref(names.record(entity.name())))
            .description("A page of " + entity.name() + " records."));
    return schemas;
  }

  /** The shapes of the generic record operations, which take any entity by name. */
  static Map<String, Schema<?>> generic() {
    Map<String, Schema<?>> schemas = new LinkedHashMap<>();
    ObjectSchema record = new ObjectSchema();
    record.description(
        "A record of any entity: the system members below and the entity's field values by API"
            + " name (see the entity's own <Type>Record schema for their types).");
    systemMembers(record);
    record.additionalProperties(true);
    schemas.put("Record", record);
    ObjectSchema input = new ObjectSchema();
    input
        .description(
            "Field values by API name, and optionally owner. Unknown members, values of the"
                + " wrong JSON type and system members other than owner are refused (422).")
        .additionalProperties(true);
    input.addProperty("owner", owner());
    schemas.put("RecordInput", input);
    ObjectSchema update = new ObjectSchema();
    update
        .description("The field values to change by API name, with the version read.")
        .additionalProperties(true);
    update.addProperty("owner", owner());
    update.addProperty("version", version());
    schemas.put("RecordUpdate", update);
    schemas.put("RecordPage", page(Schemas.ref("Record")).description("A page of records."));
    return schemas;
  }

  private static ObjectSchema answer(EntityDefinition entity) {
    ObjectSchema schema = new ObjectSchema();
    systemMembers(schema);
    for (FieldDefinition field : entity.activeFields()) {
      schema.addProperty(field.name(), field(field, Use.ANSWER));
    }
    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
    return schema;
  }

  private static ObjectSchema input(EntityDefinition entity, Use use) {
    ObjectSchema schema = new ObjectSchema();
    List<String> required = new ArrayList<>();
    for (FieldDefinition field : entity.activeFields()) {
      if (field.type() == FieldType.AUTONUMBER) {
        continue;
      }
      schema.addProperty(field.name(), field(field, use));
      if (use == Use.CREATE && field.required() && field.defaultValue() == null) {
        required.add(field.name());
      }
    }
    schema.addProperty("owner", owner());
    if (use == Use.UPDATE) {
      schema.addProperty("version", version());
    }
    if (!required.isEmpty()) {
      schema.setRequired(required);
    }
    schema.additionalProperties(false);
    return schema;
  }

  /** One field's value on one side of the API. */
  static Schema<?> field(FieldDefinition field, Use use) {
    Schema<?> schema = value(field, use);
    Labels labels = field.labels();
    schema.title(labels.isEmpty() ? field.name() : labels.get(Labels.ENGLISH));
    if (field.helpText() != null && !field.helpText().isBlank()) {
      schema.description(field.helpText());
    }
    schema.addExtension("x-relata-type", field.type().apiName());
    if (!labels.isEmpty()) {
      schema.addExtension("x-relata-labels", labels.values());
    }
    if (field.unique()) {
      schema.addExtension("x-relata-unique", true);
    }
    if (use == Use.ANSWER || !field.required()) {
      nullable(schema);
    }
    if (use == Use.CREATE && field.defaultValue() != null) {
      setDefault(schema, field);
    }
    return schema;
  }

  /**
   * Null allowed. OpenAPI 3.0 keeps an enum's meaning beside nullable, so a picklist that may be
   * null lists null among its values.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void nullable(Schema schema) {
    schema.nullable(true);
    if (schema.getEnum() != null) {
      List<Object> values = new ArrayList<>(schema.getEnum());
      values.add(null);
      schema.setEnum(values);
    }
  }

  private static Schema<?> value(FieldDefinition field, Use use) {
    return switch (field.type()) {
      case TEXT, LONGTEXT, PHONE -> new StringSchema().maxLength(field.length());
      case EMAIL -> new StringSchema().format("email").maxLength(field.length());
      case URL -> new StringSchema().format("uri").maxLength(field.length());
      case AUTONUMBER ->
          new StringSchema()
              .readOnly(true)
              .maxLength(field.length())
              .example(field.pattern() == null ? null : example(field.pattern()));
      case INTEGER -> new IntegerSchema().format("int64");
      case DECIMAL, CURRENCY, PERCENT -> decimal(field);
      case DATE -> new StringSchema().format("date");
      case DATETIME -> new StringSchema().format("date-time");
      case BOOLEAN -> new BooleanSchema();
      case PICKLIST -> options(field, use);
      case MULTIPICKLIST -> new ArraySchema().items(options(field, use));
      case LOOKUP -> reference("The id of a " + field.target() + " record.", field.target());
      case USER -> reference("The id of a user.", null);
    };
  }

  /**
   * A JSON number with the field's scale as {@code multipleOf} and its integer digits as bounds:
   * precision 18, scale 2 takes up to 16 digits before the point and 2 after.
   */
  private static Schema<?> decimal(FieldDefinition field) {
    int scale = field.scale() == null ? 0 : field.scale();
    int integerDigits = (field.precision() == null ? 18 : field.precision()) - scale;
    BigDecimal bound = BigDecimal.TEN.pow(integerDigits);
    NumberSchema schema = new NumberSchema();
    schema.multipleOf(BigDecimal.ONE.movePointLeft(scale));
    schema.maximum(bound).exclusiveMaximum(true);
    schema.minimum(bound.negate()).exclusiveMinimum(true);
    schema.addExtension("x-relata-precision", field.precision());
    schema.addExtension("x-relata-scale", scale);
    return schema;
  }

  /** A picklist value: every option in answers and changes, the active ones in a create. */
  private static Schema<?> options(FieldDefinition field, Use use) {
    List<PicklistOption> options =
        field.options().stream()
            .filter(o -> use != Use.CREATE || o.active())
            .sorted(Comparator.comparingInt(PicklistOption::order))
            .toList();
    StringSchema schema = new StringSchema();
    schema._enum(options.stream().map(PicklistOption::value).toList());
    List<String> inactive =
        field.options().stream().filter(o -> !o.active()).map(PicklistOption::value).toList();
    if (use != Use.CREATE && !inactive.isEmpty()) {
      schema.description(
          "Inactive, kept on older records only: " + String.join(", ", inactive) + ".");
    }
    return schema;
  }

  private static Schema<?> reference(String description, String target) {
    Schema<?> schema = new IntegerSchema().format("int64").minimum(BigDecimal.ONE);
    schema.description(description);
    if (target != null) {
      schema.addExtension("x-relata-target", target);
    }
    return schema;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void setDefault(Schema schema, FieldDefinition field) {
    FieldValues.Result result = FieldValues.coerceDefault(field);
    Object value = result.value();
    if (!result.ok() || value == null) {
      return;
    }
    if (schema instanceof ArraySchema array) {
      array.setDefault(value);
    } else if (schema instanceof StringSchema) {
      schema.setDefault(value.toString());
    } else {
      schema.setDefault(value);
    }
  }

  private static void systemMembers(ObjectSchema schema) {
    schema.addProperty("id", readOnly(Schemas.int64(), "The record's id."));
    schema.addProperty(
        "owner", Schemas.int64().description("The user id of the owner; an owner may change."));
    schema.addProperty(
        "createdAt", readOnly(new StringSchema().format("date-time"), "When it was created."));
    schema.addProperty(
        "createdBy", readOnly(Schemas.int64(), "The user id of the user who created it."));
    schema.addProperty(
        "updatedAt", readOnly(new StringSchema().format("date-time"), "When it last changed."));
    schema.addProperty(
        "updatedBy", readOnly(Schemas.int64(), "The user id of the user who last changed it."));
    schema.addProperty(
        "version",
        readOnly(
            Schemas.int64(),
            "Grows with every change; send it back (or as If-Match) to change the record."));
  }

  private static Schema<?> readOnly(Schema<?> schema, String description) {
    return schema.readOnly(true).description(description);
  }

  private static Schema<?> owner() {
    return new IntegerSchema()
        .format("int64")
        .minimum(BigDecimal.ONE)
        .description("The user id of the owner; on create, the caller when left out.");
  }

  private static Schema<?> version() {
    return new IntegerSchema()
        .format("int64")
        .description("The version read; or send it as If-Match.");
  }

  private static Schema<?> page(Schema<?> item) {
    ObjectSchema page = new ObjectSchema();
    page.addProperty("items", new ArraySchema().items(item));
    page.addProperty(
        "total",
        Schemas.int64()
            .description("Matching records; capped at 2,000 unless count=exact (see totalExact)."));
    page.addProperty(
        "totalExact", new BooleanSchema().description("False when total stopped at the cap."));
    page.addProperty("page", new IntegerSchema().description("From 0."));
    page.addProperty("size", new IntegerSchema());
    page.setRequired(List.of("items", "total", "totalExact", "page", "size"));
    return page;
  }

  /** The first number of a pattern: CT-{00000} → CT-00001. */
  private static String example(String pattern) {
    java.util.regex.Matcher run = java.util.regex.Pattern.compile("\\{(0+)\\}").matcher(pattern);
    if (!run.find()) {
      return null;
    }
    String first = "0".repeat(run.group(1).length() - 1) + "1";
    return pattern.substring(0, run.start()) + first + pattern.substring(run.end());
  }
}
