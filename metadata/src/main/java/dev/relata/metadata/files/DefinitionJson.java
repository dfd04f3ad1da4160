package dev.relata.metadata.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts definitions to and from JSON. Three views of the same shape: {@link View#FILE} (what an
 * export file holds: no physical names, no deleted fields, defaults omitted), {@link View#API} (the
 * file view plus system flags and deleted fields marked) and {@link View#STORAGE} (everything,
 * including physical names).
 */
public final class DefinitionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final Set<String> ENTITY_KEYS =
      Set.of("name", "labels", "pluralLabels", "nameField", "fields", "system", "deleted", "table");
  private static final Set<String> FIELD_KEYS =
      Set.of(
          "name",
          "type",
          "labels",
          "required",
          "unique",
          "indexed",
          "length",
          "precision",
          "scale",
          "options",
          "target",
          "pattern",
          "defaultValue",
          "helpText",
          "deleted",
          "column");
  private static final Set<String> OPTION_KEYS = Set.of("value", "labels", "order", "active");

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build());
  }

  /** Which properties a JSON form carries. */
  public enum View {
    FILE,
    API,
    STORAGE
  }

  private DefinitionJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  // ---- writing ----

  public static String write(EntityDefinition entity, View view) {
    try {
      return MAPPER.writeValueAsString(sorted(toNode(entity, view)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A definition always serialises", e);
    }
  }

  public static ObjectNode toNode(EntityDefinition entity, View view) {
    ObjectNode node = NODES.objectNode();
    node.put("name", entity.name());
    putLabels(node, "labels", entity.labels());
    putLabels(node, "pluralLabels", entity.pluralLabels());
    if (entity.nameField() != null) {
      node.put("nameField", entity.nameField());
    }
    if (view != View.FILE) {
      node.put("system", entity.system());
    } else if (entity.system()) {
      node.put("system", true);
    }
    if (view == View.STORAGE) {
      node.put("table", entity.table());
      node.put("deleted", entity.deleted());
    }
    ArrayNode fields = node.putArray("fields");
    for (FieldDefinition field : entity.fields()) {
      if (view == View.FILE && field.deleted()) {
        continue;
      }
      fields.add(toNode(field, view));
    }
    return node;
  }

  public static ObjectNode toNode(FieldDefinition field, View view) {
    FieldDefinition defaults =
        FieldRules.normalize(FieldDefinition.builder(field.name(), field.type()).build());
    boolean omitDefaults = view == View.FILE;
    ObjectNode node = NODES.objectNode();
    node.put("name", field.name());
    node.put("type", field.type().apiName());
    putLabels(node, "labels", field.labels());
    putFlag(node, "required", field.required(), omitDefaults);
    putFlag(node, "unique", field.unique(), omitDefaults);
    putFlag(node, "indexed", field.indexed(), omitDefaults);
    putNumber(node, "length", field.length(), omitDefaults ? defaults.length() : null);
    putNumber(node, "precision", field.precision(), omitDefaults ? defaults.precision() : null);
    putNumber(node, "scale", field.scale(), omitDefaults ? defaults.scale() : null);
    if (field.type().hasOptions()) {
      ArrayNode options = node.putArray("options");
      for (PicklistOption option : field.options()) {
        ObjectNode o = options.addObject();
        o.put("value", option.value());
        putLabels(o, "labels", option.labels());
        o.put("order", option.order());
        if (!omitDefaults || !option.active()) {
          o.put("active", option.active());
        }
      }
    }
    putText(node, "target", field.target());
    putText(node, "pattern", field.pattern());
    putText(node, "defaultValue", field.defaultValue());
    putText(node, "helpText", field.helpText());
    if (view != View.FILE) {
      node.put("deleted", field.deleted());
    }
    if (view == View.STORAGE) {
      node.put("column", field.column());
    }
    return node;
  }

  // ---- reading ----

  /** Parses JSON text; malformed JSON is a 400 naming the position. */
  public static JsonNode parse(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw RelataException.badRequest("json.empty_body");
      }
      return node;
    } catch (JsonProcessingException e) {
      // Jackson's own words say what broke; they stay English, the sentence around them does not.
      throw RelataException.badRequest(
          "json.malformed",
          e.getOriginalMessage(),
          e.getLocation().getLineNr(),
          e.getLocation().getColumnNr());
    }
  }

  public static EntityDefinition readEntity(String json) {
    return readEntity(parse(json));
  }

  /** Reads an entity; physical names are read only if present (storage view). */
  public static EntityDefinition readEntity(JsonNode node) {
    Reader r = new Reader();
    requireObject(node);
    r.unknownKeys(node, ENTITY_KEYS, "");
    String name = r.text(node, "name", "name");
    Labels labels = r.labels(node.get("labels"), "labels");
    Labels plural = r.labels(node.get("pluralLabels"), "pluralLabels");
    String nameField = r.text(node, "nameField", "nameField");
    boolean system = r.flag(node, "system", "system");
    boolean deleted = r.flag(node, "deleted", "deleted");
    String table = r.text(node, "table", "table");
    List<FieldDefinition> fields = new ArrayList<>();
    JsonNode fieldNodes = node.get("fields");
    if (fieldNodes != null && !fieldNodes.isNull()) {
      if (!fieldNodes.isArray()) {
        r.problem("fields", "type", Message.of("json.fields_not_list"));
      } else {
        for (int i = 0; i < fieldNodes.size(); i++) {
          fields.add(r.field(fieldNodes.get(i), "fields[" + i + "]"));
        }
      }
    }
    r.throwIfAny();
    return new EntityDefinition(name, labels, plural, nameField, system, deleted, table, fields);
  }

  public static FieldDefinition readField(JsonNode node) {
    Reader r = new Reader();
    FieldDefinition field = r.field(node, "");
    r.throwIfAny();
    return field;
  }

  private static void requireObject(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw RelataException.badRequest("json.entity_not_object");
    }
  }

  /** Collects every problem of a document before failing, so the client fixes them at once. */
  private static final class Reader {
    private final List<FieldProblem> problems = new ArrayList<>();

    FieldDefinition field(JsonNode node, String path) {
      String at = path.isEmpty() ? "" : path + ".";
      if (node == null || !node.isObject()) {
        problem(path.isEmpty() ? "field" : path, "type", Message.of("json.field_not_object"));
        return FieldDefinition.builder(null, null).build();
      }
      unknownKeys(node, FIELD_KEYS, at);
      String typeName = text(node, "type", at + "type");
      FieldType type = typeName == null ? null : FieldType.fromApiName(typeName);
      if (typeName != null && type == null) {
        problem(
            at + "type",
            "invalid_type",
            Message.of("json.unknown_type", cut(typeName), FieldType.allApiNames()));
      }
      return FieldDefinition.builder(text(node, "name", at + "name"), type)
          .labels(labels(node.get("labels"), at + "labels"))
          .required(flag(node, "required", at + "required"))
          .unique(flag(node, "unique", at + "unique"))
          .indexed(flag(node, "indexed", at + "indexed"))
          .length(number(node, "length", at + "length"))
          .precision(number(node, "precision", at + "precision"))
          .scale(number(node, "scale", at + "scale"))
          .options(options(node.get("options"), at + "options"))
          .target(text(node, "target", at + "target"))
          .pattern(text(node, "pattern", at + "pattern"))
          .defaultValue(scalarText(node, "defaultValue", at + "defaultValue"))
          .helpText(text(node, "helpText", at + "helpText"))
          .deleted(flag(node, "deleted", at + "deleted"))
          .column(text(node, "column", at + "column"))
          .build();
    }

    List<PicklistOption> options(JsonNode node, String path) {
      List<PicklistOption> options = new ArrayList<>();
      if (node == null || node.isNull()) {
        return options;
      }
      if (!node.isArray()) {
        problem(path, "type", Message.of("json.options_not_list"));
        return options;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode o = node.get(i);
        String at = path + "[" + i + "]";
        if (!o.isObject()) {
          problem(at, "type", Message.of("json.option_not_object"));
          continue;
        }
        unknownKeys(o, OPTION_KEYS, at + ".");
        Integer order = number(o, "order", at + ".order");
        boolean active = !o.has("active") || flag(o, "active", at + ".active");
        options.add(
            new PicklistOption(
                text(o, "value", at + ".value"),
                labels(o.get("labels"), at + ".labels"),
                order == null ? i + 1 : order,
                active));
      }
      options.sort(java.util.Comparator.comparingInt(PicklistOption::order));
      return options;
    }

    Labels labels(JsonNode node, String path) {
      if (node == null || node.isNull()) {
        return Labels.empty();
      }
      if (!node.isObject()) {
        problem(path, "type", Message.of("json.labels_not_object", path));
        return Labels.empty();
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().matches("[a-z]{2}(-[A-Za-z0-9]{2,8})?")) {
          problem(path, "invalid_locale", Message.of("json.invalid_locale", cut(e.getKey())));
        } else if (!e.getValue().isTextual()) {
          problem(path + "." + e.getKey(), "type", Message.of("json.label_not_text"));
        } else {
          values.put(e.getKey(), e.getValue().asText());
        }
      }
      return new Labels(values);
    }

    String text(JsonNode node, String key, String path) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isTextual()) {
        problem(path, "type", Message.of("json.not_text", path));
        return null;
      }
      return v.asText();
    }

    /** Default values may be given as any JSON scalar; they are kept as text. */
    String scalarText(JsonNode node, String key, String path) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isValueNode()) {
        problem(path, "type", Message.of("json.not_single_value", path));
        return null;
      }
      return v.asText();
    }

    boolean flag(JsonNode node, String key, String path) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        problem(path, "type", Message.of("json.not_boolean", path));
        return false;
      }
      return v.asBoolean();
    }

    Integer number(JsonNode node, String key, String path) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        problem(path, "type", Message.of("json.not_whole_number", path));
        return null;
      }
      return v.asInt();
    }

    void unknownKeys(JsonNode node, Set<String> allowed, String at) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          problem(
              at + cut(key),
              "unknown_property",
              Message.of(
                  "json.unknown_property",
                  cut(key),
                  String.join(", ", new java.util.TreeSet<>(allowed))));
        }
      }
    }

    void problem(String field, String code, Message text) {
      problems.add(new FieldProblem(field, code, text));
    }

    /** Refuses the document; the first problem heads the refusal, the others follow it. */
    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new RelataException(ErrorKind.UNPROCESSABLE, problems.get(0).text(), problems);
      }
    }
  }

  private static String cut(String s) {
    return s.length() > 50 ? s.substring(0, 50) + "…" : s;
  }

  private static void putLabels(ObjectNode node, String key, Labels labels) {
    if (!labels.isEmpty()) {
      ObjectNode l = node.putObject(key);
      labels.values().forEach(l::put);
    }
  }

  private static void putFlag(ObjectNode node, String key, boolean value, boolean omitFalse) {
    if (value || !omitFalse) {
      node.put(key, value);
    }
  }

  private static void putNumber(ObjectNode node, String key, Integer value, Integer omitIf) {
    if (value != null && !value.equals(omitIf)) {
      node.put(key, value);
    }
  }

  private static void putText(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  /** Object keys in alphabetical order, recursively; arrays keep their order. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      for (String key : keys) {
        out.set(key, sorted(node.get(key)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
