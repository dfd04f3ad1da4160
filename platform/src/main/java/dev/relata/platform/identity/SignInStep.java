package dev.relata.platform.identity;

/**
 * A correct password, and what the user must still do before they may use the product, in this
 * order: give a second factor, choose a new password (expired, or reset by an administrator), set
 * up two-factor (a role requires it).
 */
public record SignInStep(
    User user, boolean secondFactorNeeded, boolean passwordChangeNeeded, boolean enrolmentNeeded) {
  /** Nothing left to do: the user may be let in. */
  public boolean complete() {
    return !secondFactorNeeded && !passwordChangeNeeded && !enrolmentNeeded;
  }

  SignInStep withSecondFactorGiven() {
    return new SignInStep(user, false, passwordChangeNeeded, enrolmentNeeded);
  }
}
