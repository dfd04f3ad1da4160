package dev.relata.webapp.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.JsonValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads request bodies and writes responses. A body that cannot be read is a 400 {@code
 * malformed_json} whose message says where and why in words of ours: Jackson's own messages name
 * its classes and settings, which tell a client nothing.
 */
public final class Json {
  /** Larger bodies are refused while they are read ({@link JsonBodyReader}), in bytes. */
  public static final int MAX_BODY = 2 * 1024 * 1024;

  static final int MAX_DEPTH = 64;
  static final int MAX_NUMBER_DIGITS = 100;
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,60}?)'");
  private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");

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
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_BODY)
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .build());
  }

  private Json() {}

  /** Parses a body that must be a JSON object. */
  public static JsonNode object(String body) {
    JsonNode node = parse(body);
    if (!node.isObject()) {
      throw RelataException.badRequest("api.body_not_object");
    }
    return node;
  }

  public static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw new ApiException(ApiError.MALFORMED_JSON, Message.of("json.empty_body"));
    }
    try {
      return MAPPER.readTree(body);
    } catch (StreamConstraintsException e) {
      throw new ApiException(ApiError.MALFORMED_JSON, limitMessage(e));
    } catch (JsonProcessingException e) {
      throw new ApiException(ApiError.MALFORMED_JSON, malformedMessage(e));
    }
  }

  private static Message limitMessage(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Document nesting depth")) {
      return Message.of("api.json.too_deep", MAX_DEPTH);
    }
    if (original.startsWith("Number value length")) {
      return Message.of("api.json.number_too_long", MAX_NUMBER_DIGITS);
    }
    return Message.of("api.json.too_large", MAX_BODY / 1024);
  }

  private static Message malformedMessage(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    Object reason;
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      reason = Message.of("api.json.duplicate_member", duplicate.group(1));
    } else if (original.startsWith("Trailing token")) {
      reason = Message.of("api.json.trailing");
    } else if (e instanceof JsonEOFException) {
      reason = Message.of("api.json.ends_early");
    } else {
      reason = ownWords(original);
    }
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? Message.of("api.json.malformed", reason)
        : Message.of("api.json.malformed_at", location.getLineNr(), location.getColumnNr(), reason);
  }

  /**
   * Jackson's description of a syntax error ("Unexpected character ('}' (code 125)): was expecting
   * double-quote to start field name") is clear enough, except for its advice on enabling its
   * features, which is cut, and names of its classes, which are removed. It is English in every
   * language: it quotes the parser, for the API's clients.
   */
  private static Object ownWords(String original) {
    String reason = original;
    for (String cut : List.of("; enable", ": enable", " (for ", "\n")) {
      int at = reason.indexOf(cut);
      if (at > 0) {
        reason = reason.substring(0, at);
      }
    }
    reason = BACKTICKED.matcher(reason).replaceAll("").strip();
    if (reason.isEmpty() || reason.contains("jackson") || reason.contains("Feature")) {
      return Message.of("api.json.not_well_formed");
    }
    return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
  }

  /** A JSON object as plain Java values: text, BigDecimal or integral numbers, booleans, lists. */
  public static Map<String, Object> values(JsonNode object) {
    return JsonValues.of(object);
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
