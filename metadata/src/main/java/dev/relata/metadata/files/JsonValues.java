package dev.relata.metadata.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as record input: texts, booleans, whole numbers as {@code BigInteger} and other
 * numbers as {@code BigDecimal} (exact, never a double), arrays as lists, objects as maps. Field
 * coercion then decides what each value may be.
 */
public final class JsonValues {
  private JsonValues() {}

  /** The members of an object, in their order. */
  public static Map<String, Object> of(JsonNode object) {
    Map<String, Object> values = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
    return values;
  }

  public static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
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
    return of(node);
  }
}
