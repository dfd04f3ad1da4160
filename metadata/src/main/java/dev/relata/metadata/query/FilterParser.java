package dev.relata.metadata.query;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.query.Filter.Literal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the filter language by recursive descent. Grammar, lowest precedence first:
 *
 * <pre>
 * or      := and ('or' and)*
 * and     := unary ('and' unary)*
 * unary   := 'not' unary | primary
 * primary := '(' or ')' | func '(' name ',' string ')' | name op literal
 *          | name 'in' '(' literal (',' literal)* ')'
 * literal := 'text' (quote doubled to escape) | number | true | false | null
 * </pre>
 *
 * Errors say what was expected and at which character.
 */
public final class FilterParser {
  public static final int MAX_LENGTH = 4000;
  public static final int MAX_DEPTH = 32;
  public static final int MAX_IN_VALUES = 500;
  private final String text;
  private int pos;
  private int depth;

  private FilterParser(String text) {
    this.text = text;
  }

  /** Parses a filter; null or blank text means "no filter" and gives null. */
  public static Filter parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > MAX_LENGTH) {
      throw RelataException.badRequest("filter.too_long", MAX_LENGTH);
    }
    FilterParser parser = new FilterParser(text);
    Filter filter = parser.or();
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw parser.error(Message.of("filter.unexpected", parser.rest()));
    }
    return filter;
  }

  private Filter or() {
    Filter left = and();
    while (keyword("or")) {
      left = new Filter.Or(left, and());
    }
    return left;
  }

  private Filter and() {
    Filter left = unary();
    while (keyword("and")) {
      left = new Filter.And(left, unary());
    }
    return left;
  }

  private Filter unary() {
    // The outermost condition is depth 1; each parenthesis or 'not' around it is one level more.
    if (++depth > MAX_DEPTH + 1) {
      throw error(Message.of("filter.too_deep", MAX_DEPTH));
    }
    try {
      if (keyword("not")) {
        return new Filter.Not(unary());
      }
      return primary();
    } finally {
      depth--;
    }
  }

  private Filter primary() {
    skipSpace();
    if (symbol('(')) {
      Filter inner = or();
      expect(')');
      return inner;
    }
    int start = pos;
    String name = name();
    if (name == null) {
      throw error(Message.of("filter.expected_condition"));
    }
    for (Filter.TextFunction function : Filter.TextFunction.values()) {
      if (name.equalsIgnoreCase(function.name()) && symbol('(')) {
        String field = name();
        if (field == null) {
          throw error(Message.of("filter.expected_field"));
        }
        expect(',');
        Literal argument = literal();
        if (!(argument instanceof Literal.Text t)) {
          throw error(
              Message.of("filter.function_needs_text", function.name().toLowerCase(Locale.ROOT)));
        }
        expect(')');
        return new Filter.TextMatch(function, field, t.value());
      }
    }
    if (keyword("in")) {
      expect('(');
      List<Literal> values = new ArrayList<>();
      do {
        values.add(literal());
        if (values.size() > MAX_IN_VALUES) {
          throw error(Message.of("filter.in_too_many", MAX_IN_VALUES));
        }
      } while (symbol(','));
      expect(')');
      return new Filter.In(name, values);
    }
    Filter.Operator operator = operator();
    if (operator == null) {
      pos = start + name.length();
      throw error(Message.of("filter.expected_operator", name));
    }
    return new Filter.Compare(name, operator, literal());
  }

  private Filter.Operator operator() {
    for (Filter.Operator op : Filter.Operator.values()) {
      if (keyword(op.name().toLowerCase(Locale.ROOT))) {
        return op;
      }
    }
    return null;
  }

  private Literal literal() {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '\'') {
      StringBuilder value = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= text.length()) {
          throw error(Message.of("filter.unterminated_text"));
        }
        char ch = text.charAt(pos++);
        if (ch == '\'') {
          if (pos < text.length() && text.charAt(pos) == '\'') {
            value.append('\'');
            pos++;
          } else {
            return new Literal.Text(value.toString());
          }
        } else {
          value.append(ch);
        }
      }
    }
    int start = pos;
    if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
      pos++;
    }
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (pos > start) {
      String number = text.substring(start, pos);
      try {
        return new Literal.Number(new BigDecimal(number));
      } catch (NumberFormatException e) {
        pos = start;
        throw error(Message.of("filter.not_a_number", number));
      }
    }
    if (keyword("true")) {
      return new Literal.Bool(true);
    }
    if (keyword("false")) {
      return new Literal.Bool(false);
    }
    if (keyword("null")) {
      return new Literal.Null();
    }
    throw error(Message.of("filter.expected_value"));
  }

  /** A field name: letters, digits, underscores, starting with a letter. */
  private String name() {
    skipSpace();
    int start = pos;
    if (pos < text.length() && Character.isLetter(text.charAt(pos)) && text.charAt(pos) < 128) {
      pos++;
      while (pos < text.length()
          && (isAsciiLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return text.substring(start, pos);
    }
    return null;
  }

  private boolean keyword(String word) {
    skipSpace();
    int end = pos + word.length();
    if (end <= text.length()
        && text.regionMatches(true, pos, word, 0, word.length())
        && (end == text.length()
            || !(isAsciiLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
      pos = end;
      return true;
    }
    return false;
  }

  private boolean symbol(char ch) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == ch) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char ch) {
    if (!symbol(ch)) {
      throw error(Message.of("filter.expected_symbol", String.valueOf(ch)));
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String rest() {
    String rest = text.substring(pos);
    return rest.length() > 30 ? rest.substring(0, 30) + "…" : rest;
  }

  /** What is wrong, and at which character (counted from 1). */
  private RelataException error(Message what) {
    return RelataException.badRequest("filter.invalid", what, pos + 1);
  }

  private static boolean isAsciiLetterOrDigit(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  }
}
