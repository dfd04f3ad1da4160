package dev.relata.platform.testing;

import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.TotpEnrolment;
import dev.relata.platform.identity.User;
import java.time.Instant;

/** Gets an account into the trouble break-glass recovery is for, the way a user would. */
public final class AccountTrouble {
  private static final int MOST_ATTEMPTS = 100;

  private AccountTrouble() {}

  /** Wrong passwords until the account is locked. */
  public static void lockOut(Relata relata, String username) {
    for (int i = 0; i < MOST_ATTEMPTS; i++) {
      try {
        relata.identity().signIn(username, "not the password " + i);
      } catch (RelataException expected) {
        // a refused guess, as wanted
      }
      if (User.LOCKED.equals(relata.identity().userByUsername(username).orElseThrow().status())) {
        return;
      }
    }
    throw new IllegalStateException(username + " was not locked after " + MOST_ATTEMPTS + " tries");
  }

  /** Turns two-factor on for the user; the secret, which the test then "loses". */
  public static String enrolTwoFactor(Relata relata, long userId) {
    TotpEnrolment enrolment = relata.twoFactor().startEnrolment(userId);
    relata
        .twoFactor()
        .confirm(userId, Totp.code(enrolment.secret(), Instant.now().minusSeconds(30)));
    return enrolment.secret();
  }
}
