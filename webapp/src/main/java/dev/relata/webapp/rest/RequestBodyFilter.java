package dev.relata.webapp.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Once a request is routed to a resource (so that a wrong path or method has been a 404 or 405) and
 * its caller is known (401 first), its body must suit it: none for {@code GET}, {@code HEAD},
 * {@code DELETE} and {@code OPTIONS}, else JSON in UTF-8 ({@link RequestChecks#bodyRefusal}). It
 * looks at headers only and reads nothing.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RequestBodyFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String transferEncoding = request.getHeaderString("Transfer-Encoding");
    boolean hasBody =
        request.getLength() > 0
            || transferEncoding != null
                && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked");
    RequestChecks.bodyRefusal(
            request.getMethod(), hasBody, request.getHeaderString(HttpHeaders.CONTENT_TYPE))
        .ifPresent(
            refusal -> {
              throw new ApiException(refusal.error(), refusal.message());
            });
  }
}
