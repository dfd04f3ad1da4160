package dev.relata.webapp.faces.admin;

import dev.relata.webapp.faces.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The log pages' dates: a date range picked on the page covers whole days in the server's time zone
 * (the zone every other page shows times in), and times show in the reader's language.
 */
final class LogDates {
  private LogDates() {}

  static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(zone()).toInstant();
  }

  /** The end of a range that includes this whole day. */
  static Instant endOf(LocalDate day) {
    return day == null ? null : day.plusDays(1).atStartOfDay(zone()).toInstant();
  }

  static String format(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(Texts.locale())
        .withZone(zone())
        .format(at);
  }

  /** The text for a key, or the fallback when the bundle has none (codes added later). */
  static String textOr(String key, String fallback) {
    String text = Texts.get(key);
    return text.equals(key) ? fallback : text;
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
