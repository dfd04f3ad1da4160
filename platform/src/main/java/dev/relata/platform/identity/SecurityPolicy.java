package dev.relata.platform.identity;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account-security settings an administrator may change: password rules, lockout, and how long
 * web sessions live. A policy that breaks a bound cannot be built; every bound it breaks is
 * reported, each on its own setting.
 *
 * @param minPasswordLength fewest characters (code points) a password may have
 * @param maxPasswordLength most characters a password may have; never below 64, so that passphrases
 *     and password managers always fit
 * @param passwordHistory how many previous passwords may not be used again; 0 turns this off
 * @param passwordExpiryDays days after which a password must be changed at the next sign-in; 0
 *     turns expiry off
 * @param lockoutThreshold consecutive failed sign-ins that lock the account
 * @param lockoutMinutes length of the first lockout; each further one doubles it
 * @param lockoutMaxMinutes the longest a lockout may grow to
 * @param sessionIdleMinutes a web session ends after this long without a request
 * @param sessionAbsoluteHours a web session ends this long after sign-in, however busy
 */
public record SecurityPolicy(
    int minPasswordLength,
    int maxPasswordLength,
    int passwordHistory,
    int passwordExpiryDays,
    int lockoutThreshold,
    int lockoutMinutes,
    int lockoutMaxMinutes,
    int sessionIdleMinutes,
    int sessionAbsoluteHours) {
  /** The shortest maximum length an administrator may set. */
  public static final int LEAST_MAX_LENGTH = 64;

  /** The longest password any policy accepts; hashing a megabyte of text would be a denial. */
  public static final int MOST_MAX_LENGTH = 1024;

  public static final SecurityPolicy DEFAULTS =
      new SecurityPolicy(12, 256, 0, 0, 5, 15, 24 * 60, 30, 12);

  /** The settings in the order forms and JSON show them. */
  public static final List<String> SETTINGS =
      List.of(
          "minPasswordLength",
          "maxPasswordLength",
          "passwordHistory",
          "passwordExpiryDays",
          "lockoutThreshold",
          "lockoutMinutes",
          "lockoutMaxMinutes",
          "sessionIdleMinutes",
          "sessionAbsoluteHours");

  public SecurityPolicy {
    List<FieldProblem> problems = new ArrayList<>();
    bound(problems, "minPasswordLength", minPasswordLength, 8, 128);
    bound(problems, "maxPasswordLength", maxPasswordLength, LEAST_MAX_LENGTH, MOST_MAX_LENGTH);
    bound(problems, "passwordHistory", passwordHistory, 0, PasswordHistory.MOST_KEPT);
    bound(problems, "passwordExpiryDays", passwordExpiryDays, 0, 3650);
    bound(problems, "lockoutThreshold", lockoutThreshold, 1, 100);
    bound(problems, "lockoutMinutes", lockoutMinutes, 1, 24 * 60);
    bound(problems, "lockoutMaxMinutes", lockoutMaxMinutes, 1, 30 * 24 * 60);
    bound(problems, "sessionIdleMinutes", sessionIdleMinutes, 1, 24 * 60);
    bound(problems, "sessionAbsoluteHours", sessionAbsoluteHours, 1, 30 * 24);
    if (problems.isEmpty() && lockoutMaxMinutes < lockoutMinutes) {
      problems.add(
          FieldProblem.of(
              "lockoutMaxMinutes",
              "out_of_range",
              "security_policy.lockout_max_below_first",
              lockoutMinutes));
    }
    if (problems.isEmpty() && sessionIdleMinutes > sessionAbsoluteHours * 60) {
      problems.add(
          FieldProblem.of(
              "sessionIdleMinutes",
              "out_of_range",
              "security_policy.idle_above_absolute",
              sessionAbsoluteHours));
    }
    if (!problems.isEmpty()) {
      throw notSaved(problems);
    }
  }

  /** The settings by name, e.g. for JSON and the audit log. */
  public Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("minPasswordLength", minPasswordLength);
    values.put("maxPasswordLength", maxPasswordLength);
    values.put("passwordHistory", passwordHistory);
    values.put("passwordExpiryDays", passwordExpiryDays);
    values.put("lockoutThreshold", lockoutThreshold);
    values.put("lockoutMinutes", lockoutMinutes);
    values.put("lockoutMaxMinutes", lockoutMaxMinutes);
    values.put("sessionIdleMinutes", sessionIdleMinutes);
    values.put("sessionAbsoluteHours", sessionAbsoluteHours);
    return values;
  }

  /**
   * This policy with the given settings changed; settings not named keep their value. Every value
   * must be a whole number; unknown names are refused, so that a typo is not silently ignored.
   */
  public SecurityPolicy with(Map<String, ?> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(values());
    List<FieldProblem> problems = new ArrayList<>();
    changes.forEach(
        (name, value) -> {
          if (!merged.containsKey(name)) {
            problems.add(
                FieldProblem.of(
                    name,
                    "unknown",
                    "security_policy.unknown_setting",
                    cut(name),
                    String.join(", ", SETTINGS)));
          } else {
            Integer number = wholeNumber(value);
            if (number == null) {
              problems.add(FieldProblem.of(name, "type", "value.type.whole_number", name));
            } else {
              merged.put(name, number);
            }
          }
        });
    if (!problems.isEmpty()) {
      throw notSaved(problems);
    }
    return new SecurityPolicy(
        get(merged, "minPasswordLength"),
        get(merged, "maxPasswordLength"),
        get(merged, "passwordHistory"),
        get(merged, "passwordExpiryDays"),
        get(merged, "lockoutThreshold"),
        get(merged, "lockoutMinutes"),
        get(merged, "lockoutMaxMinutes"),
        get(merged, "sessionIdleMinutes"),
        get(merged, "sessionAbsoluteHours"));
  }

  private static int get(Map<String, Object> values, String name) {
    return (Integer) values.get(name);
  }

  private static Integer wholeNumber(Object value) {
    BigDecimal number;
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      number = new BigDecimal(value.toString());
    } else if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
      number = decimal;
    } else {
      return null;
    }
    // Out-of-int numbers are clamped so that the range check names the bound instead.
    return number
        .max(BigDecimal.valueOf(Integer.MIN_VALUE))
        .min(BigDecimal.valueOf(Integer.MAX_VALUE))
        .intValue();
  }

  private static void bound(List<FieldProblem> problems, String name, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(
          FieldProblem.of(name, "out_of_range", "security_policy.out_of_range", name, min, max));
    }
  }

  private static RelataException notSaved(List<FieldProblem> problems) {
    return new RelataException(
        ErrorKind.UNPROCESSABLE, Message.of("security_policy.not_saved"), problems);
  }

  private static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
