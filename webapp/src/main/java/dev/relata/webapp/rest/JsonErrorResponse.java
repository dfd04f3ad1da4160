package dev.relata.webapp.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A response under {@code /api} whose {@code sendError} answers in the API's error shape. JAX-RS
 * calls it for requests it cannot even begin to handle (an {@code Accept} or {@code Content-Type}
 * header it cannot parse); left to the servlet container, that would be Payara's HTML error page.
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {
  JsonErrorResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendError(int status) throws IOException {
    sendError(status, null);
  }

  @Override
  public void sendError(int status, String reason) throws IOException {
    if (isCommitted()) {
      super.sendError(status, reason);
      return;
    }
    resetBuffer();
    ApiError error = ApiError.forStatus(status);
    ApiRequestFilter.write(this, error, error.defaultMessage());
    setStatus(status);
    flushBuffer();
  }
}
