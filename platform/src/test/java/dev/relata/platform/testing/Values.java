package dev.relata.platform.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Record input as the REST layer hands it to the record service: field name → JSON value. */
public final class Values {
  private Values() {}

  /** {@code of("name", "Ada", "level", "A")}; values may be null. */
  public static Map<String, Object> of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }
}
