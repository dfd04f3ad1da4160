package dev.relata.webapp.rest;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.Message;

/**
 * Every error the API answers: its HTTP status and the stable lowercase code of the {@code error}
 * member. The platform's refusals ({@link ErrorKind}) are some of them; the rest belong to HTTP
 * itself (a body that cannot be read, a method or media type the path does not take, a request too
 * large) and are raised by this layer only.
 */
enum ApiError {
  BAD_REQUEST(400, "bad_request"),
  MALFORMED_JSON(400, "malformed_json"),
  BODY_NOT_ALLOWED(400, "body_not_allowed"),
  UNAUTHORIZED(401, "unauthorized"),
  FORBIDDEN(403, "forbidden"),
  NOT_FOUND(404, "not_found"),
  METHOD_NOT_ALLOWED(405, "method_not_allowed"),
  NOT_ACCEPTABLE(406, "not_acceptable"),
  CONFLICT(409, "conflict"),
  PAYLOAD_TOO_LARGE(413, "payload_too_large"),
  URI_TOO_LONG(414, "uri_too_long"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type"),
  VALIDATION_FAILED(422, "validation_failed"),
  HEADERS_TOO_LARGE(431, "headers_too_large"),
  INTERNAL_ERROR(500, "internal_error");

  private final int status;
  private final String code;

  ApiError(int status, String code) {
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  static ApiError of(ErrorKind kind) {
    return switch (kind) {
      case BAD_REQUEST -> BAD_REQUEST;
      case UNAUTHORIZED -> UNAUTHORIZED;
      case FORBIDDEN -> FORBIDDEN;
      case NOT_FOUND -> NOT_FOUND;
      case CONFLICT -> CONFLICT;
      case UNPROCESSABLE -> VALIDATION_FAILED;
    };
  }

  /**
   * The error for a status some other part of the server chose (JAX-RS, the servlet container): the
   * first of that status, {@link #BAD_REQUEST} for another 4xx, {@link #INTERNAL_ERROR} for
   * anything else.
   */
  static ApiError forStatus(int status) {
    for (ApiError error : values()) {
      if (error.status == status) {
        return error;
      }
    }
    return status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
  }

  /** What a client gets to read for an error raised without a message of our own. */
  Message defaultMessage() {
    return switch (this) {
      case NOT_FOUND -> Message.of("api.not_found");
      case METHOD_NOT_ALLOWED -> Message.of("api.method_not_allowed");
      case NOT_ACCEPTABLE -> Message.of("api.not_acceptable");
      case UNSUPPORTED_MEDIA_TYPE -> Message.of("api.unsupported_media_type");
      case UNAUTHORIZED -> Message.of("sign_in.token_missing");
      case FORBIDDEN -> Message.of("api.forbidden");
      case INTERNAL_ERROR -> Message.of("api.internal_error");
      default -> Message.of("api.unreadable");
    };
  }
}
