package dev.relata.platform.audit;

import dev.relata.metadata.error.RelataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the filter values that clients send as text (query parameters), so that every mistake is a
 * 400 saying what was wrong, the same for the REST API and anything else that takes text.
 */
public final class LogFilters {
  /** The largest page either log returns. */
  public static final int MAX_SIZE = 500;

  public static final int DEFAULT_SIZE = 50;
  private static final int MAX_TEXT = 100;

  private LogFilters() {}

  /**
   * A point in time: an ISO-8601 instant or date-time with offset ({@code 2026-11-22T08:00:00Z}),
   * or a date ({@code 2026-11-22}, UTC). A date as the end of a range means the whole day, so
   * {@code from=2026-11-22&to=2026-11-22} is that one day.
   */
  public static Instant time(String name, String text, boolean endOfRange) {
    if (blank(text)) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfRange ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw RelataException.badRequest(
          name
              + " must be an ISO-8601 date (2026-11-22) or date"
              + " and time with offset (2026-11-22T08:00:00Z), not '"
              + cut(value)
              + "'.");
    }
  }

  public static LoginOutcome outcome(String text) {
    if (blank(text)) {
      return null;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(LoginOutcome.values())
        .filter(o -> o.code().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                RelataException.badRequest(
                    "outcome must be one of "
                        + Arrays.stream(LoginOutcome.values())
                            .map(LoginOutcome::code)
                            .collect(Collectors.joining(", "))
                        + "; not '"
                        + cut(text.strip())
                        + "'."));
  }

  /** A free-text filter, stripped; null when blank. Overlong text cannot match and is refused. */
  public static String text(String name, String text) {
    if (blank(text)) {
      return null;
    }
    String value = text.strip();
    if (value.length() > MAX_TEXT) {
      throw RelataException.badRequest(name + " may have at most " + MAX_TEXT + " characters.");
    }
    return value;
  }

  public static int page(Integer page) {
    if (page == null) {
      return 0;
    }
    if (page < 0) {
      throw RelataException.badRequest(
          "page must be 0 or more (the first page is 0), not " + page + ".");
    }
    return page;
  }

  public static int size(Integer size) {
    if (size == null) {
      return DEFAULT_SIZE;
    }
    if (size < 1 || size > MAX_SIZE) {
      throw RelataException.badRequest(
          "size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
    }
    return size;
  }

  static void checkRange(Instant from, Instant to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw RelataException.badRequest("to (" + to + ") is before from (" + from + ").");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String cut(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
