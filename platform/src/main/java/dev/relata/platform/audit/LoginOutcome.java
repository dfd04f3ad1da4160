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
  MALFORMED,
  /**
   * Refused without checking the password or code: as many attempts as the lockout threshold were
   * counted and still being checked (sent at the same moment), so no more could be checked.
   */
  TOO_MANY_ATTEMPTS;

  /** The value stored and shown: lower case with underscores. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
