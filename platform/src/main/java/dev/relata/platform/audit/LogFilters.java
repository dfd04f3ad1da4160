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
      throw RelataException.badRequest("log_filter.time.invalid", name, cut(value));
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
                    "log_filter.outcome.invalid",
                    Arrays.stream(LoginOutcome.values())
                        .map(LoginOutcome::code)
                        .collect(Collectors.joining(", ")),
                    cut(text.strip())));
  }

  /** A free-text filter, stripped; null when blank. Overlong text cannot match and is refused. */
  public static String text(String name, String text) {
    if (blank(text)) {
      return null;
    }
    String value = text.strip();
    if (value.length() > MAX_TEXT) {
      throw RelataException.badRequest("value.text_too_long", name, MAX_TEXT);
    }
    return value;
  }

  public static int page(Integer page) {
    if (page == null) {
      return 0;
    }
    if (page < 0) {
      throw RelataException.badRequest("log_filter.page.negative", page);
    }
    return page;
  }

  public static int size(Integer size) {
    if (size == null) {
      return DEFAULT_SIZE;
    }
    if (size < 1 || size > MAX_SIZE) {
      throw RelataException.badRequest("log_filter.size.out_of_range", MAX_SIZE, size);
    }
    return size;
  }

  static void checkRange(Instant from, Instant to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw RelataException.badRequest("log_filter.range.reversed", to.toString(), from.toString());
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String cut(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
