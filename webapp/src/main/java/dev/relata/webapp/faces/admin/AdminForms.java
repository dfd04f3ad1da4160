package dev.relata.webapp.faces.admin;

import dev.relata.metadata.model.Labels;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small conversions the object manager's forms share. */
final class AdminForms {
  private AdminForms() {}

  /** Labels from an English and a Chinese text; blank texts are left out. */
  static Labels labels(String english, String chinese) {
    Map<String, String> values = new LinkedHashMap<>();
    if (english != null && !english.isBlank()) {
      values.put(Labels.ENGLISH, english.strip());
    }
    if (chinese != null && !chinese.isBlank()) {
      values.put(Labels.CHINESE, chinese.strip());
    }
    return new Labels(values);
  }

  /** The label for exactly this locale, without falling back to another language. */
  static String exact(Labels labels, String tag) {
    return labels.values().get(tag);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
