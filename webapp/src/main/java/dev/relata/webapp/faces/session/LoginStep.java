package dev.relata.webapp.faces.session;

/** Where a sign-in on the sign-in page stands. */
public enum LoginStep {
  /** Username and password. */
  PASSWORD,
  /** A code from the authenticator app or a recovery code. */
  SECOND_FACTOR,
  /** A new password: the old one expired or an administrator asked for a change. */
  NEW_PASSWORD,
  /** Setting up two-factor, which a role of the user requires. */
  ENROL,
  /** The recovery codes of the two-factor just set up, shown once. */
  RECOVERY_CODES
}
