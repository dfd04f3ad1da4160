package dev.relata.platform.records;

/** Formats autonumbers: {@code CT-{0000}} with 7 gives {@code CT-0007}. */
final class AutoNumbers {
  private AutoNumbers() {}

  static String format(String pattern, long number) {
    int open = pattern.indexOf('{');
    int close = pattern.indexOf('}', open);
    int width = close - open - 1;
    String digits = String.format("%0" + width + "d", number);
    return pattern.substring(0, open) + digits + pattern.substring(close + 1);
  }
}
