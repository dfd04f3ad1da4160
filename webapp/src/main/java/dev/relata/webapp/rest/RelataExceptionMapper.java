package dev.relata.webapp.rest;

import dev.relata.metadata.error.RelataException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the platform refused: its kind gives the status, its problems the fields. */
@Provider
public class RelataExceptionMapper implements ExceptionMapper<RelataException> {
  @Override
  public Response toResponse(RelataException e) {
    return ErrorResponses.of(e.kind(), e.text(), e.problems());
  }
}
