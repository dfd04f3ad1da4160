package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet container's side of the API's one error shape. Before JAX-RS sees a request under
 * {@code /api}, the {@link RequestChecks} refuse what no resource should read (a URL or headers too
 * large, a path outside {@code /api/v1}, a body where none belongs, too large or not JSON); and
 * errors raised outside JAX-RS's exception mappers (a header JAX-RS cannot parse, an exception that
 * escapes) answer in the error shape too, instead of Payara's HTML page that names its version.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiRequestFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiRequestFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var refusal = RequestChecks.refusal(head(request));
    if (refusal.isPresent()) {
      write(response, refusal.get().error(), refusal.get().message());
      if (refusal.get().error() == ApiError.PAYLOAD_TOO_LARGE
          && request.getContentLengthLong() <= Json.MAX_BODY + JsonBodyReader.MAX_DISCARDED) {
        // Answered first, so that a client that stops sending on an error need not send it all.
        response.flushBuffer();
        JsonBodyReader.discardRest(request.getInputStream());
      }
      return;
    }
    try {
      chain.doFilter(request, new JsonErrorResponse(response));
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, e);
      response.resetBuffer();
      write(response, ApiError.INTERNAL_ERROR, Message.of("api.incident", incident));
    }
  }

  private static RequestChecks.Head head(HttpServletRequest request) {
    int headerBytes = 0;
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        headerBytes += name.length() + value.length() + 4; // ": " and CRLF
      }
    }
    String uri = request.getRequestURI();
    return new RequestChecks.Head(
        request.getMethod(),
        uri.substring(Math.min(request.getContextPath().length(), uri.length())),
        request.getQueryString(),
        request.getContentLengthLong(),
        String.valueOf(request.getHeader("Transfer-Encoding"))
            .toLowerCase(Locale.ROOT)
            .contains("chunked"),
        request.getContentType(),
        headerBytes);
  }

  /** Writes an error in the API's shape; headers already set (such as {@code Allow}) stay. */
  static void write(HttpServletResponse response, ApiError error, Message message)
      throws IOException {
    byte[] body = ErrorResponses.body(error, message, List.of()).getBytes(StandardCharsets.UTF_8);
    response.setStatus(error.status());
    // No charset parameter: JSON is UTF-8 by definition (RFC 8259), as JAX-RS answers it.
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
