package dev.relata.metadata.query;

import dev.relata.metadata.error.RelataException;
import java.util.ArrayList;
import java.util.List;

/** One key of a sort expression like {@code -amount,name}: a field, descending if prefixed. */
public record SortKey(String field, boolean descending) {
  public static final int MAX_KEYS = 5;

  public static List<SortKey> parse(String text) {
    List<SortKey> keys = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return keys;
    }
    for (String part : text.split(",", -1)) {
      String key = part.strip();
      boolean descending = key.startsWith("-");
      if (descending || key.startsWith("+")) {
        key = key.substring(1);
      }
      if (!key.matches("[A-Za-z][A-Za-z0-9_]{0,59}")) {
        throw RelataException.badRequest("sort.invalid", abbreviate(part));
      }
      keys.add(new SortKey(key, descending));
    }
    if (keys.size() > MAX_KEYS) {
      throw RelataException.badRequest("sort.too_many", MAX_KEYS);
    }
    return keys;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
