package dev.relata.webapp.rest;

/**
 * A request this layer refuses before the platform sees it: a body that is not JSON or too large,
 * for instance. The platform's own refusals are {@link dev.relata.metadata.error.RelataException}s.
 */
class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ApiError error;

  ApiException(ApiError error, String message) {
    super(message);
    this.error = error;
  }

  ApiError error() {
    return error;
  }
}
