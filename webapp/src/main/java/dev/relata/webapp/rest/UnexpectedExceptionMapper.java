package dev.relata.webapp.rest;

import dev.relata.metadata.error.ErrorKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: JAX-RS's own errors (unknown path, wrong method or media type) keep their status
 * in our error shape; a bug answers 500 with an incident id that is in the log, and never a stack
 * trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      ErrorKind kind =
          switch (status) {
            case 401 -> ErrorKind.UNAUTHORIZED;
            case 403 -> ErrorKind.FORBIDDEN;
            case 404 -> ErrorKind.NOT_FOUND;
            case 409 -> ErrorKind.CONFLICT;
            default -> ErrorKind.BAD_REQUEST;
          };
      Response shaped = ErrorResponses.of(kind, message(status), List.of());
      return Response.fromResponse(shaped).status(status).build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Json.write(
                java.util.Map.of(
                    "error",
                    "internal_error",
                    "message",
                    "Something went wrong on the server (incident " + incident + ").",
                    "fields",
                    List.of())))
        .build();
  }

  private static String message(int status) {
    return switch (status) {
      case 404 -> "There is no such resource.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "This resource answers application/json only.";
      case 415 -> "Send the body as application/json.";
      default -> "The request could not be processed (HTTP " + status + ").";
    };
  }
}
