package dev.relata.platform.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.relata.metadata.error.RelataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: between the policy's lengths, not containing the username, and not
 * easy to guess. There are no composition rules (a digit, a capital…): they make passwords harder
 * to remember without making them harder to guess.
 *
 * <p>"Easy to guess" is zxcvbn's judgement: a password it scores below {@value #MIN_SCORE} (fewer
 * than about 10^8 guesses) is refused. That covers every password in its list of common passwords,
 * with common substitutions, reversals and added digits ("P@ssw0rd2024!"), keyboard walks, repeats
 * and dates, while a passphrase of a few ordinary words passes. Only the first {@value #MEASURED}
 * characters are measured: zxcvbn's time grows steeply with length, and a password that is strong
 * in its first hundred characters stays strong.
 */
public final class PasswordPolicy {
  static final int MIN_SCORE = 3;
  static final int MEASURED = 100;

  /** Usernames this short would refuse ordinary words ("al" in "totally"). */
  private static final int SHORTEST_CHECKED_USERNAME = 3;

  private final Zxcvbn zxcvbn = new Zxcvbn();

  /**
   * Refuses a password that breaks the policy, as a problem on {@code field}.
   *
   * @param otherInputs words a guesser would try first for this user: username, display name
   */
  public void check(
      SecurityPolicy policy,
      String username,
      List<String> otherInputs,
      String password,
      String field) {
    if (password == null || password.isEmpty()) {
      throw refuse(field, "required", "Enter a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < policy.minPasswordLength() || length > policy.maxPasswordLength()) {
      throw refuse(
          field,
          "length",
          "A password needs "
              + policy.minPasswordLength()
              + " to "
              + policy.maxPasswordLength()
              + " characters; this one has "
              + length
              + ".");
    }
    if (username != null
        && username.length() >= SHORTEST_CHECKED_USERNAME
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw refuse(field, "contains_username", "A password may not contain the username.");
    }
    List<String> inputs = new ArrayList<>();
    otherInputs.stream().filter(s -> s != null && !s.isBlank()).forEach(inputs::add);
    String measured =
        password.substring(0, password.offsetByCodePoints(0, Math.min(length, MEASURED)));
    Strength strength = zxcvbn.measure(measured, inputs);
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().getWarning();
      throw refuse(
          field,
          "too_guessable",
          "This password is too easy to guess"
              + (warning == null || warning.isBlank()
                  ? ""
                  : " (" + warning.replaceAll("\\.$", "") + ")")
              + ". Use a longer phrase of several unrelated words.");
    }
  }

  private static RelataException refuse(String field, String code, String message) {
    return RelataException.unprocessable(field, code, message);
  }
}
