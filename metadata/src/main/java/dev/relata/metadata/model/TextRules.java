package dev.relata.metadata.model;

import dev.relata.metadata.error.FieldProblem;
import java.util.Locale;

/**
 * What every text a user stores must be, wherever it comes from (the API, a form, an import): no
 * control characters, which no one can see or type and which PostgreSQL refuses outright (NUL), and
 * no unpaired UTF-16 surrogates, which are not characters at all and would be stored as {@code ?}.
 * Multi-line text may hold tabs and line breaks; its line breaks are stored as {@code \n}, so that
 * a text area's {@code \r\n} counts once. Leading and trailing white space is not kept: a text of
 * spaces only is no text.
 */
public final class TextRules {
  /** The field problem code for a character a text may not hold. */
  public static final String INVALID_CHARACTER = "invalid_character";

  /** Whether a text may span lines. */
  public enum Lines {
    /** Names, labels, e-mail addresses: tab and line breaks are refused too. */
    SINGLE,
    /** Long text, help text, descriptions: tab and line breaks are kept. */
    MULTIPLE
  }

  private TextRules() {}

  /**
   * The text as it is stored: stripped of leading and trailing white space, line breaks as {@code
   * \n} in multi-line text; null for null or a text of white space only.
   */
  public static String clean(String text, Lines lines) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return null;
    }
    return lines == Lines.MULTIPLE && stripped.indexOf('\r') >= 0
        ? stripped.replace("\r\n", "\n").replace('\r', '\n')
        : stripped;
  }

  /**
   * What is wrong with a (cleaned) text, as a problem on {@code field} with code {@value
   * #INVALID_CHARACTER} that names the first bad character and where it is; null if nothing is.
   */
  public static FieldProblem problem(String field, String text, Lines lines) {
    if (text == null) {
      return null;
    }
    int position = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      position++;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return FieldProblem.of(
            field, INVALID_CHARACTER, "text.half_character", field, codePoint(c), position);
      }
      if (Character.getType(c) == Character.CONTROL && !allowed(c, lines)) {
        return lines == Lines.SINGLE && (c == '\n' || c == '\r' || c == '\t')
            ? FieldProblem.of(
                field, INVALID_CHARACTER, "text.line_break", field, codePoint(c), position)
            : FieldProblem.of(
                field, INVALID_CHARACTER, "text.control_character", field, codePoint(c), position);
      }
    }
    return null;
  }

  private static boolean allowed(char c, Lines lines) {
    return lines == Lines.MULTIPLE && (c == '\t' || c == '\n');
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
