package dev.relata.platform.organisation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.metadata.model.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A role as shipped in {@code default-roles.json}: loaded into a database that lacks it. */
public record RoleDefinition(String name, Labels labels, String description) {
  private static final String DEFAULTS = "default-roles.json";

  /** The default roles of a Chinese-market CRM: sales, service, finance, contracts, marketing. */
  public static List<RoleDefinition> defaults() {
    try (InputStream in = RoleDefinition.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the platform jar");
      }
      List<Map<String, Object>> rows =
          new ObjectMapper().readValue(in, new TypeReference<List<Map<String, Object>>>() {});
      return rows.stream()
          .map(
              row -> {
                @SuppressWarnings("unchecked")
                Map<String, String> labels = (Map<String, String>) row.get("labels");
                return new RoleDefinition(
                    (String) row.get("name"), new Labels(labels), (String) row.get("description"));
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + DEFAULTS, e);
    }
  }
}
