package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an API request must be before anything reads it, judged from its request line and headers
 * alone: a URL and headers of a sensible size, a path under {@code /api/v1}, a query string in
 * UTF-8, no body where the method takes none, and a body of JSON in UTF-8 no larger than {@link
 * Json#MAX_BODY}. Payara itself reads at most 64 KiB of request line and headers (see {@code
 * pre-boot-commands.txt}); the limits here are lower, so that a client who goes over them still
 * gets an answer in the API's error shape.
 */
final class RequestChecks {
  /** Enough for a filter of 4,000 characters in any script, percent-encoded (9 bytes each). */
  static final int MAX_URL = 40 * 1024;

  static final int MAX_HEADERS = 16 * 1024;
  static final String API = "/api/v1";
  private static final Set<String> METHODS_WITHOUT_BODY =
      Set.of("GET", "HEAD", "DELETE", "OPTIONS");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

  private RequestChecks() {}

  /** The parts of a request the checks look at. */
  record Head(
      String method,
      String path,
      String rawQuery,
      long contentLength,
      boolean chunked,
      String contentType,
      int headerBytes) {

    /** Path and query as they came, in bytes: the request line without method and version. */
    int urlBytes() {
      return path.length() + (rawQuery == null ? 0 : 1 + rawQuery.length());
    }

    boolean hasBody() {
      return contentLength > 0 || chunked;
    }
  }

  /** A request refused, with what the client should read. */
  record Refusal(ApiError error, Message message) {}

  /**
   * Why the request is refused before it is routed, or empty when it may go on. What depends on the
   * resource (whether the method takes a body, and of which type) is judged after routing, by
   * {@link #bodyRefusal}, so that a wrong path or method is a 404 or 405 first.
   */
  static Optional<Refusal> refusal(Head head) {
    if (head.urlBytes() > MAX_URL) {
      return refuse(
          ApiError.URI_TOO_LONG, Message.of("api.url_too_long", head.urlBytes(), MAX_URL));
    }
    if (head.headerBytes() > MAX_HEADERS) {
      return refuse(
          ApiError.HEADERS_TOO_LARGE,
          Message.of("api.headers_too_large", head.headerBytes(), MAX_HEADERS));
    }
    if (!head.path().equals(API) && !head.path().startsWith(API + "/")) {
      return refuse(ApiError.NOT_FOUND, Message.of("api.outside", API));
    }
    if (head.rawQuery() != null && !isUtf8(head.rawQuery())) {
      return refuse(ApiError.BAD_REQUEST, Message.of("api.query_not_utf8"));
    }
    if (head.contentLength() > Json.MAX_BODY) {
      return Optional.of(new Refusal(ApiError.PAYLOAD_TOO_LARGE, JsonBodyReader.tooLarge().text()));
    }
    if (head.hasBody() && head.contentType() != null && !isMediaType(head.contentType())) {
      // JAX-RS could not parse it either, and would answer Payara's HTML error page.
      return unsupported(head.contentType());
    }
    return Optional.empty();
  }

  /**
   * Why a routed request's body is refused: a method that takes none ({@code GET}, {@code
   * DELETE}...), or a body that is not {@code application/json} in UTF-8 (RFC 8259: a charset may
   * only say so).
   */
  static Optional<Refusal> bodyRefusal(String method, boolean hasBody, String contentType) {
    if (!hasBody) {
      return Optional.empty();
    }
    if (METHODS_WITHOUT_BODY.contains(method.toUpperCase(Locale.ROOT))) {
      return refuse(ApiError.BODY_NOT_ALLOWED, Message.of("api.body_not_allowed", method));
    }
    if (contentType == null || contentType.isBlank()) {
      return refuse(ApiError.UNSUPPORTED_MEDIA_TYPE, Message.of("api.content_type_missing"));
    }
    String[] parts = contentType.split(";", -1);
    boolean json =
        isMediaType(contentType) && parts[0].strip().equalsIgnoreCase("application/json");
    for (int i = 1; i < parts.length && json; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        json = parameter.substring(equals + 1).strip().replace("\"", "").equalsIgnoreCase("utf-8");
      }
    }
    return json ? Optional.empty() : unsupported(contentType);
  }

  /** {@code type/subtype} followed by {@code ; name=value} parameters. */
  private static boolean isMediaType(String contentType) {
    String[] parts = contentType.split(";", -1);
    if (!MEDIA_TYPE.matcher(parts[0].strip()).matches()) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].strip().indexOf('=') < 1) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Refusal> unsupported(String contentType) {
    String shown = contentType.length() > 60 ? contentType.substring(0, 60) + "…" : contentType;
    return refuse(ApiError.UNSUPPORTED_MEDIA_TYPE, Message.of("api.content_type_wrong", shown));
  }

  /** Whether a raw query string's percent-escapes are well formed and spell UTF-8. */
  static boolean isUtf8(String rawQuery) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
    for (int i = 0; i < rawQuery.length(); i++) {
      char c = rawQuery.charAt(i);
      if (c == '%') {
        if (i + 2 >= rawQuery.length()
            || Character.digit(rawQuery.charAt(i + 1), 16) < 0
            || Character.digit(rawQuery.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.write(
            Character.digit(rawQuery.charAt(i + 1), 16) * 16
                + Character.digit(rawQuery.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Optional<Refusal> refuse(ApiError error, Message message) {
    return Optional.of(new Refusal(error, message));
  }
}
