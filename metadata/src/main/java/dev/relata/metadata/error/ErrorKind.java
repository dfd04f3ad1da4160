package dev.relata.metadata.error;

/** Why a request failed; each kind has one HTTP status and one error code on the wire. */
public enum ErrorKind {
  BAD_REQUEST("bad_request"),
  UNAUTHORIZED("unauthorized"),
  FORBIDDEN("forbidden"),
  NOT_FOUND("not_found"),
  CONFLICT("conflict"),
  UNPROCESSABLE("validation_failed");

  private final String code;

  ErrorKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
