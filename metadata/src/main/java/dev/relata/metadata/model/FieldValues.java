package dev.relata.metadata.model;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * Turns a value as it arrives in JSON (string, number, boolean, array) into the Java value a field
 * of a given type stores, or says precisely why it cannot. Strict by design: a number sent as a
 * string, or a string where a boolean belongs, is a type error, not a guess.
 *
 * <p>Stored Java types: text kinds → {@link String}; integer, lookup, user → {@link Long}; decimal
 * kinds → {@link BigDecimal}; date → {@link LocalDate}; datetime → {@link Instant}; boolean →
 * {@link Boolean}; multipicklist → {@code List<String>}.
 */
public final class FieldValues {
  private static final Pattern PHONE =
      Pattern.compile("\\+?[0-9 ().\\-/]{3,}(?:\\s*(?:x|ext\\.?)\\s*[0-9]{1,6})?");
  private static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});

  private FieldValues() {}

  /** The outcome of coercing one value: either a value (possibly null) or a problem. */
  public record Result(Object value, FieldProblem problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Coerces a JSON value for a field. Null and empty strings mean "no value", and so does a text of
   * white space only for the text kinds, whose values are stored trimmed and must keep {@link
   * TextRules}. Picklist values are checked against active options unless {@code previous} already
   * held the same value.
   */
  public static Result coerce(FieldDefinition field, Object raw, Object previous) {
    if (raw == null || (raw instanceof String s && s.isEmpty())) {
      return new Result(null, null);
    }
    return switch (field.type()) {
      case TEXT, LONGTEXT -> text(field, raw);
      case EMAIL ->
          formatted(
              field,
              raw,
              v -> EmailValidator.getInstance().isValid(v),
              v -> Message.of("value.email.invalid", abbreviate(v)));
      case URL ->
          formatted(field, raw, URLS::isValid, v -> Message.of("value.url.invalid", abbreviate(v)));
      case PHONE ->
          formatted(
              field,
              raw,
              v -> PHONE.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 3,
              v -> Message.of("value.phone.invalid", abbreviate(v)));
      case INTEGER -> integer(field, raw);
      case LOOKUP, USER -> reference(field, raw);
      case DECIMAL, CURRENCY, PERCENT -> decimal(field, raw);
      case DATE -> date(field, raw);
      case DATETIME -> dateTime(field, raw);
      case BOOLEAN ->
          raw instanceof Boolean b
              ? ok(b)
              : typeError(field, Message.of("value.type.boolean", field.name()));
      case PICKLIST -> picklist(field, raw, previous);
      case MULTIPICKLIST -> multipicklist(field, raw, previous);
      case AUTONUMBER ->
          problem(field, "read_only", Message.of("value.autonumber.read_only", field.name()));
    };
  }

  /**
   * The field's default value, coerced like any input. Defaults are stored as text; numbers,
   * booleans and multipicklists ({@code a;b}) are read from that text first.
   */
  public static Result coerceDefault(FieldDefinition field) {
    String text = field.defaultValue();
    if (text == null) {
      return ok(null);
    }
    Object raw =
        switch (field.type()) {
          case INTEGER, DECIMAL, CURRENCY, PERCENT -> parseNumber(text);
          case BOOLEAN ->
              "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : text;
          case MULTIPICKLIST -> List.of(text.split(";"));
          default -> text;
        };
    if (field.type().isReference() || field.type() == FieldType.AUTONUMBER) {
      return problem(
          field,
          "not_applicable",
          Message.of("field.default_value.not_applicable", field.type().apiName()));
    }
    return coerce(field, raw, null);
  }

  private static Object parseNumber(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Result text(FieldDefinition field, Object raw) {
    if (!(raw instanceof String given)) {
      return typeError(field, Message.of("value.type.text", field.name()));
    }
    TextRules.Lines lines =
        field.type() == FieldType.LONGTEXT ? TextRules.Lines.MULTIPLE : TextRules.Lines.SINGLE;
    String s = TextRules.clean(given, lines);
    if (s == null) {
      return ok(null);
    }
    FieldProblem invalid = TextRules.problem(field.name(), s, lines);
    if (invalid != null) {
      return new Result(null, invalid);
    }
    // H2 limits VARCHAR(n) in UTF-16 units, PostgreSQL in code points; a limit in UTF-16 units
    // fits both, so a character outside the Basic Multilingual Plane (an emoji) counts as two.
    int length = s.length();
    if (field.length() != null && length > field.length()) {
      boolean wide = length != s.codePointCount(0, s.length());
      return problem(
          field,
          "too_long",
          wide
              ? Message.of("value.too_long_wide", field.name(), field.length(), length)
              : Message.of("value.too_long", field.name(), field.length(), length));
    }
    return ok(s);
  }

  private static Result formatted(
      FieldDefinition field,
      Object raw,
      java.util.function.Predicate<String> valid,
      java.util.function.Function<String, Message> complaint) {
    Result text = text(field, raw);
    if (!text.ok()) {
      return text;
    }
    String value = (String) text.value();
    if (value == null) {
      return text;
    }
    if (!valid.test(value)) {
      return problem(field, "format", complaint.apply(value));
    }
    return ok(value);
  }

  private static Result integer(FieldDefinition field, Object raw) {
    BigDecimal number = asNumber(raw);
    if (number == null) {
      return typeError(field, Message.of("value.type.whole_number", field.name()));
    }
    try {
      return ok(number.longValueExact());
    } catch (ArithmeticException e) {
      return problem(
          field,
          "out_of_range",
          Message.of(
              "value.whole_number.out_of_range", field.name(), Long.MIN_VALUE, Long.MAX_VALUE));
    }
  }

  private static Result reference(FieldDefinition field, Object raw) {
    Result id = integer(field, raw);
    if (id.ok() && (Long) id.value() <= 0) {
      return problem(field, "lookup", Message.of("value.lookup.not_an_id", field.name()));
    }
    return id.ok() ? id : typeError(field, Message.of("value.type.record_id", field.name()));
  }

  private static Result decimal(FieldDefinition field, Object raw) {
    BigDecimal number = asNumber(raw);
    if (number == null) {
      return typeError(field, Message.of("value.type.number", field.name()));
    }
    BigDecimal stripped = number.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), 0);
    int integerDigits = Math.max(stripped.precision() - stripped.scale(), 0);
    if (scale > field.scale()) {
      return problem(
          field,
          "out_of_range",
          Message.of("value.decimal.too_many_places", field.name(), field.scale()));
    }
    if (integerDigits > field.precision() - field.scale()) {
      return problem(
          field,
          "out_of_range",
          Message.of(
              "value.decimal.too_many_digits", field.name(), field.precision() - field.scale()));
    }
    return ok(number.setScale(field.scale()));
  }

  private static Result date(FieldDefinition field, Object raw) {
    if (raw instanceof LocalDate d) {
      return ok(d); // set by a rule
    }
    try {
      if (raw instanceof String s) {
        return ok(LocalDate.parse(s));
      }
    } catch (DateTimeParseException e) {
      // refused below, like a value that is not text
    }
    return typeError(field, Message.of("value.type.date", field.name()));
  }

  private static Result dateTime(FieldDefinition field, Object raw) {
    if (raw instanceof Instant i) {
      return ok(i); // set by a rule
    }
    try {
      if (raw instanceof String s) {
        return ok(OffsetDateTime.parse(s).toInstant());
      }
    } catch (DateTimeParseException e) {
      // refused below, like a value that is not text
    }
    return typeError(field, Message.of("value.type.datetime", field.name()));
  }

  private static Result picklist(FieldDefinition field, Object raw, Object previous) {
    if (!(raw instanceof String s)) {
      return typeError(field, Message.of("value.type.option", field.name()));
    }
    return allowedOption(field, s, previous instanceof String p && p.equals(s))
        ? ok(s)
        : invalidOption(field, s);
  }

  private static Result multipicklist(FieldDefinition field, Object raw, Object previous) {
    if (!(raw instanceof Collection<?> items)) {
      return typeError(field, Message.of("value.type.options", field.name()));
    }
    Set<String> values = new LinkedHashSet<>();
    for (Object item : items) {
      if (!(item instanceof String s)) {
        return typeError(field, Message.of("value.type.options", field.name()));
      }
      boolean kept = previous instanceof Collection<?> old && old.contains(s);
      if (!allowedOption(field, s, kept)) {
        return invalidOption(field, s);
      }
      values.add(s);
    }
    List<String> ordered = new ArrayList<>();
    for (PicklistOption option : field.options()) {
      if (values.contains(option.value())) {
        ordered.add(option.value());
      }
    }
    return ordered.isEmpty() ? ok(null) : ok(List.copyOf(ordered));
  }

  private static boolean allowedOption(FieldDefinition field, String value, boolean alreadyHeld) {
    PicklistOption option = field.option(value);
    return option != null && (option.active() || alreadyHeld);
  }

  private static Result invalidOption(FieldDefinition field, String value) {
    List<String> active =
        field.options().stream().filter(PicklistOption::active).map(PicklistOption::value).toList();
    return problem(
        field,
        "picklist",
        Message.of("value.option.unknown", abbreviate(value), field.name(), active.toString()));
  }

  private static BigDecimal asNumber(Object raw) {
    if (raw instanceof BigDecimal d) {
      return d;
    }
    if (raw instanceof Integer
        || raw instanceof Long
        || raw instanceof Short
        || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return null;
  }

  private static Result ok(Object value) {
    return new Result(value, null);
  }

  /** A value of the wrong JSON type; {@code expected} says what the field takes. */
  private static Result typeError(FieldDefinition field, Message expected) {
    return problem(field, "type", expected);
  }

  private static Result problem(FieldDefinition field, String code, Message text) {
    return new Result(null, new FieldProblem(field.name(), code, text));
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
