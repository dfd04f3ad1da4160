package dev.relata.webapp.rest;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error shape of the API, {@code {"error", "message", "fields": [{"field", "code",
 * "message"}]}}, and the status of each kind of error. The answer stays small whatever was sent:
 * {@code fields} lists at most {@value #MAX_FIELDS} problems, and when there were more, {@code
 * fieldCount} says how many.
 */
final class ErrorResponses {
  /** Field problems listed in one answer; a body with 5,000 unknown keys gets these and a count. */
  static final int MAX_FIELDS = 20;

  private static final int MAX_TEXT = 300;

  private ErrorResponses() {}

  static Response of(ErrorKind kind, Message message, List<FieldProblem> problems) {
    return of(ApiError.of(kind), message, problems);
  }

  /** An answer with {@code message} in English; null for the error's default message. */
  static Response of(ApiError error, Message message, List<FieldProblem> problems) {
    Response.ResponseBuilder response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(body(error, message, problems));
    if (error == ApiError.UNAUTHORIZED) {
      response.header("WWW-Authenticate", "Bearer realm=\"relata\"");
    }
    return response.build();
  }

  /** The JSON text of an error, for the parts of the server that answer without JAX-RS. */
  static String body(ApiError error, Message message, List<FieldProblem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error.code());
    String text = cut((message == null ? error.defaultMessage() : message).english());
    body.put(
        "message",
        problems.size() > MAX_FIELDS
            ? Message.of("api.fields_truncated", text, MAX_FIELDS).english()
            : text);
    body.put(
        "fields",
        problems.stream()
            .limit(MAX_FIELDS)
            .map(
                p -> {
                  Map<String, Object> f = new LinkedHashMap<>();
                  f.put("field", cut(p.field()));
                  f.put("code", p.code());
                  f.put("message", cut(p.message()));
                  return f;
                })
            .toList());
    if (problems.size() > MAX_FIELDS) {
      body.put("fieldCount", problems.size());
    }
    return Json.write(body);
  }

  /** Messages may quote what was sent; a quote never makes an answer large. */
  private static String cut(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    return text.substring(0, end) + "…";
  }
}
