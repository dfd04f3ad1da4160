package dev.relata.webapp.rest;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one error shape of the API, and the status of each kind of error. */
final class ErrorResponses {
  private ErrorResponses() {}

  static Response of(ErrorKind kind, String message, List<FieldProblem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", kind.code());
    body.put("message", message);
    body.put(
        "fields",
        problems.stream()
            .map(
                p -> {
                  Map<String, Object> f = new LinkedHashMap<>();
                  f.put("field", p.field());
                  f.put("code", p.code());
                  f.put("message", p.message());
                  return f;
                })
            .toList());
    Response.ResponseBuilder response =
        Response.status(status(kind))
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Json.write(body));
    if (kind == ErrorKind.UNAUTHORIZED) {
      response.header("WWW-Authenticate", "Bearer realm=\"relata\"");
    }
    return response.build();
  }

  static int status(ErrorKind kind) {
    return switch (kind) {
      case BAD_REQUEST -> 400;
      case UNAUTHORIZED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
    };
  }
}
