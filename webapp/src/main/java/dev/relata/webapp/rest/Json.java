package dev.relata.webapp.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.relata.metadata.error.RelataException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads request bodies and writes responses. */
public final class Json {
  /** Larger bodies are refused before parsing. */
  public static final int MAX_BODY = 2 * 1024 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .registerModule(
              new SimpleModule("iso-dates")
                  .addSerializer(Instant.class, ToStringSerializer.instance)
                  .addSerializer(LocalDate.class, ToStringSerializer.instance));

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(MAX_BODY)
                .maxNumberLength(100)
                .build());
  }

  private Json() {}

  /** Parses a body that must be a JSON object. */
  public static JsonNode object(String body) {
    JsonNode node = parse(body);
    if (!node.isObject()) {
      throw RelataException.badRequest("The request body must be a JSON object.");
    }
    return node;
  }

  public static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw RelataException.badRequest("The request body is empty; send a JSON object.");
    }
    if (body.length() > MAX_BODY) {
      throw RelataException.badRequest(
          "The request body is too large (at most " + MAX_BODY / 1024 + " KiB).");
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      throw RelataException.badRequest(
          "Malformed JSON: "
              + e.getOriginalMessage()
              + (location == null
                  ? ""
                  : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
              + ".");
    }
  }

  /** A JSON object as plain Java values: text, BigDecimal or integral numbers, booleans, lists. */
  public static Map<String, Object> values(JsonNode object) {
    Map<String, Object> values = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
    return values;
  }

  private static Object value(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(value(n)));
      return list;
    }
    return values(node);
  }

  /** Writes plain values; dates and times as ISO-8601 text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON", e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
