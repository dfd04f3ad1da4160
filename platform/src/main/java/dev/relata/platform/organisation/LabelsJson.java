package dev.relata.platform.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.metadata.model.Labels;
import java.util.Map;

/** Labels as stored in a {@code labels} column: a JSON object of texts by locale tag. */
final class LabelsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelsJson() {}

  static String write(Labels labels) {
    try {
      return JSON.writeValueAsString(labels.values());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Labels are plain texts", e);
    }
  }

  static Labels read(String json) {
    if (json == null || json.isBlank()) {
      return Labels.empty();
    }
    try {
      return new Labels(JSON.readValue(json, new TypeReference<Map<String, String>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A labels column holds a JSON object of texts", e);
    }
  }
}
