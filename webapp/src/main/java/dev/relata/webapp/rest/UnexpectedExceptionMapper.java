package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: JAX-RS's own errors (unknown path, wrong method or media type) keep their status
 * in our error shape with a code of their own ({@code method_not_allowed} with the {@code Allow}
 * header, {@code not_acceptable}, {@code unsupported_media_type}...) and a message of ours, never
 * the library's; a bug answers 500 with an incident id that is in the log, and never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      // A refusal raised while JAX-RS read the body may arrive wrapped in its exceptions.
      if (cause instanceof ApiException refusal) {
        return new ApiExceptionMapper().toResponse(refusal);
      }
      if (cause instanceof RelataException refusal) {
        return new RelataExceptionMapper().toResponse(refusal);
      }
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      Response original = web.getResponse();
      ApiError error = ApiError.forStatus(original.getStatus());
      Response.ResponseBuilder shaped =
          Response.fromResponse(ErrorResponses.of(error, null, List.of()))
              .status(original.getStatus());
      String allow = original.getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        shaped.header(HttpHeaders.ALLOW, allow);
      }
      return shaped.build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return ErrorResponses.of(
        ApiError.INTERNAL_ERROR, Message.of("api.incident", incident), List.of());
  }
}
