package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;

/**
 * A request this layer refuses before the platform sees it: a body that is not JSON or too large,
 * for instance. The platform's own refusals are {@link dev.relata.metadata.error.RelataException}s.
 * Its message is one of the platform's bundle, sent in English like every other.
 */
class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ApiError error;
  private final transient Message text;

  ApiException(ApiError error, Message text) {
    super(text.english());
    this.error = error;
    this.text = text;
  }

  ApiError error() {
    return error;
  }

  Message text() {
    return text;
  }
}
