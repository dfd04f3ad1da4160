package dev.relata.metadata.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A text in several locales ({@code en}, {@code zh-CN}, …). English is the fallback for any locale
 * that has no text of its own.
 */
public record Labels(Map<String, String> values) {
  public static final String ENGLISH = "en";
  public static final String CHINESE = "zh-CN";

  public Labels {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static Labels of(String english) {
    return new Labels(Map.of(ENGLISH, english));
  }

  public static Labels of(String english, String chinese) {
    return new Labels(Map.of(ENGLISH, english, CHINESE, chinese));
  }

  public static Labels empty() {
    return new Labels(Map.of());
  }

  /**
   * The text for a locale tag such as {@code zh-CN}, falling back to the language, then English.
   */
  public String get(String localeTag) {
    if (localeTag != null) {
      String exact = values.get(localeTag);
      if (exact != null) {
        return exact;
      }
      int dash = localeTag.indexOf('-');
      if (dash > 0) {
        String language = localeTag.substring(0, dash);
        for (Map.Entry<String, String> entry : values.entrySet()) {
          if (entry.getKey().startsWith(language)) {
            return entry.getValue();
          }
        }
      }
    }
    return values.getOrDefault(ENGLISH, values.isEmpty() ? "" : values.values().iterator().next());
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
