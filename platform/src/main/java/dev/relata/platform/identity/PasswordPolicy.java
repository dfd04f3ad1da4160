package dev.relata.platform.identity;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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
      throw RelataException.invalid(field, "required", "password.required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < policy.minPasswordLength() || length > policy.maxPasswordLength()) {
      throw RelataException.invalid(
          field,
          "length",
          "password.length",
          policy.minPasswordLength(),
          policy.maxPasswordLength(),
          length);
    }
    if (username != null
        && username.length() >= SHORTEST_CHECKED_USERNAME
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw RelataException.invalid(field, "contains_username", "password.contains_username");
    }
    List<String> inputs = new ArrayList<>();
    otherInputs.stream().filter(s -> s != null && !s.isBlank()).forEach(inputs::add);
    String measured =
        password.substring(0, password.offsetByCodePoints(0, Math.min(length, MEASURED)));
    Strength strength = zxcvbn.measure(measured, inputs);
    if (strength.getScore() < MIN_SCORE) {
      Message warning = warning(strength.getFeedback());
      throw warning == null
          ? RelataException.invalid(field, "too_guessable", "password.too_guessable")
          : RelataException.invalid(
              field, "too_guessable", "password.too_guessable_because", warning);
    }
  }

  /**
   * Why zxcvbn found the password easy to guess, in the platform's words (zxcvbn has no Chinese
   * texts); null when it gives no reason.
   */
  static Message warning(Feedback feedback) {
    String key = feedback.withResourceBundle(ZxcvbnKeys.INSTANCE).getWarning();
    return switch (key) {
      case Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10 -> Message.of("password.warning.top10");
      case Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100 -> Message.of("password.warning.top100");
      case Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON ->
          Message.of("password.warning.very_common");
      case Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR -> Message.of("password.warning.similar");
      case Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF ->
          Message.of("password.warning.word");
      case Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES -> Message.of("password.warning.names");
      case Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON ->
          Message.of("password.warning.common_names");
      case Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS -> Message.of("password.warning.row");
      case Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS ->
          Message.of("password.warning.keyboard");
      case Feedback.REPEAT_WARNING_LIKE_AAA -> Message.of("password.warning.repeat");
      case Feedback.REPEAT_WARNING_LIKE_ABCABCABC -> Message.of("password.warning.repeat_words");
      case Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543 -> Message.of("password.warning.sequence");
      case Feedback.REGEX_WARNING_RECENT_YEARS -> Message.of("password.warning.recent_years");
      case Feedback.DATE_WARNING_DATES -> Message.of("password.warning.dates");
      default -> null;
    };
  }

  /**
   * A bundle whose text for every key is the key itself: zxcvbn's feedback then names its warning
   * by key, which {@link #warning} turns into a message of the platform's own bundle.
   */
  private static final class ZxcvbnKeys extends ResourceBundle {
    static final ZxcvbnKeys INSTANCE = new ZxcvbnKeys();

    @Override
    protected Object handleGetObject(String key) {
      return key;
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.emptyEnumeration();
    }
  }
}
