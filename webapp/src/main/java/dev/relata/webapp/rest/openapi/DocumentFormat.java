package dev.relata.webapp.rest.openapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Locale;

/**
 * YAML (the default) or JSON, chosen by {@code ?format=json|yaml} first, else by the Accept header.
 * Decimal bounds are written in plain digits ({@code 10000000000000000}, not {@code 1E+16}): YAML
 * 1.1 readers take an exponent without a dot for text.
 */
public enum DocumentFormat {
  YAML("application/yaml", Yaml.mapper()),
  JSON("application/json", Json.mapper());

  private final String mediaType;
  private final ObjectMapper mapper;

  DocumentFormat(String mediaType, ObjectMapper base) {
    this.mediaType = mediaType;
    this.mapper = base.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format asked for, or null when {@code format} names none.
   *
   * @param format the {@code format} query parameter, or null
   * @param accept the Accept header, or null
   */
  public static DocumentFormat choose(String format, String accept) {
    if (format != null) {
      return switch (format.toLowerCase(Locale.ROOT)) {
        case "json" -> JSON;
        case "yaml", "yml" -> YAML;
        default -> null;
      };
    }
    return prefersJson(accept) ? JSON : YAML;
  }

  /**
   * JSON when the Accept header rates a JSON type ({@code application/json}, {@code *+json}) above
   * every YAML type; at equal rating, the one named first.
   */
  static boolean prefersJson(String accept) {
    if (accept == null) {
      return false;
    }
    double json = 0;
    double yaml = 0;
    int jsonAt = Integer.MAX_VALUE;
    int yamlAt = Integer.MAX_VALUE;
    String[] ranges = accept.toLowerCase(Locale.ROOT).split(",");
    for (int at = 0; at < ranges.length; at++) {
      String[] parts = ranges[at].split(";");
      String type = parts[0].strip();
      double quality = quality(parts);
      if ((type.equals("application/json") || type.endsWith("+json")) && quality > json) {
        json = quality;
        jsonAt = at;
      } else if (type.contains("yaml") && quality > yaml) {
        yaml = quality;
        yamlAt = at;
      }
    }
    return json > yaml || (json > 0 && json == yaml && jsonAt < yamlAt);
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  public String write(OpenAPI document) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the OpenAPI document", e);
    }
  }
}
