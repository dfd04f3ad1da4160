package dev.relata.platform.audit;

/** Why a sign-in attempt succeeded or failed, as the login log records it. */
public enum LoginOutcome {
  SUCCESS,
  UNKNOWN_USER,
  WRONG_PASSWORD,
  LOCKED,
  LOCKED_OUT_NOW,
  DEACTIVATED,
  TOTP_REQUIRED,
  TOTP_INVALID,
  PASSWORD_EXPIRED,
  MALFORMED;

  /** The value stored and shown: lower case with underscores. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
