package dev.relata.metadata.query;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.TextRules;
import dev.relata.metadata.query.Filter.Literal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a parsed {@link Filter} to an entity's fields: resolves names against the allow-list of
 * {@link QueryField}s, converts each literal to the value of its field's type, and refuses with a
 * 400 what does not fit (an unknown field, a literal of the wrong type, an operation the field's
 * type does not have). The first problem met, reading the filter from left to right, is the one
 * reported.
 */
public final class FilterBinder {
  private final String entity;
  private final Map<String, QueryField> fields;

  /**
   * @param entity the entity's API name, for messages
   * @param fields the fields a filter may name, by API name (see {@link QueryField#of})
   */
  public FilterBinder(String entity, Map<String, QueryField> fields) {
    this.entity = entity;
    this.fields = fields;
  }

  /** The filter bound to the fields, or null for no filter. */
  public BoundFilter bind(Filter filter) {
    if (filter == null) {
      return null;
    }
    if (filter instanceof Filter.And and) {
      return new BoundFilter.And(bind(and.left()), bind(and.right()));
    }
    if (filter instanceof Filter.Or or) {
      return new BoundFilter.Or(bind(or.left()), bind(or.right()));
    }
    if (filter instanceof Filter.Not not) {
      return new BoundFilter.Not(bind(not.operand()));
    }
    if (filter instanceof Filter.Compare compare) {
      return compare(compare);
    }
    if (filter instanceof Filter.In in) {
      return in(in);
    }
    return textMatch((Filter.TextMatch) filter);
  }

  /** The field with this API name, or 400 naming the fields there are. */
  public QueryField field(String name) {
    QueryField field = fields.get(name);
    if (field == null) {
      throw RelataException.badRequest(
          "filter.unknown_field", name, entity, String.join(", ", fields.keySet()));
    }
    return field;
  }

  private BoundFilter compare(Filter.Compare compare) {
    QueryField field = field(compare.field());
    Filter.Operator op = compare.operator();
    if (compare.value() instanceof Literal.Null) {
      return switch (op) {
        case EQ -> new BoundFilter.NullCheck(field, true);
        case NE -> new BoundFilter.NullCheck(field, false);
        default -> throw RelataException.badRequest("filter.null_comparison", compare.field());
      };
    }
    if (field.type() == FieldType.MULTIPICKLIST) {
      if (op != Filter.Operator.EQ && op != Filter.Operator.NE) {
        throw unsupported(field, op.name().toLowerCase(Locale.ROOT));
      }
      return new BoundFilter.HoldsOption(
          field, (String) value(field, compare.value()), op == Filter.Operator.NE);
    }
    if (field.type() == FieldType.BOOLEAN && op != Filter.Operator.EQ && op != Filter.Operator.NE) {
      throw unsupported(field, op.name().toLowerCase(Locale.ROOT));
    }
    return new BoundFilter.Compare(field, op, value(field, compare.value()));
  }

  private BoundFilter in(Filter.In in) {
    QueryField field = field(in.field());
    if (field.type() == FieldType.MULTIPICKLIST) {
      List<String> options = new ArrayList<>();
      for (Literal literal : in.values()) {
        options.add((String) value(field, literal));
      }
      return new BoundFilter.HoldsAnyOption(field, options);
    }
    List<Object> values = new ArrayList<>();
    for (Literal literal : in.values()) {
      if (literal instanceof Literal.Null) {
        throw RelataException.badRequest("filter.null_in", in.field());
      }
      values.add(value(field, literal));
    }
    return new BoundFilter.In(field, values);
  }

  private BoundFilter textMatch(Filter.TextMatch match) {
    QueryField field = field(match.field());
    if (!field.type().isText()) {
      throw unsupported(field, match.function().name().toLowerCase(Locale.ROOT));
    }
    return new BoundFilter.TextMatch(
        field, match.function(), lowerCase(storable(field, match.text())));
  }

  /** The value of a literal for a field, or 400 when the literal's type does not fit. */
  static Object value(QueryField field, Literal literal) {
    FieldType type = field.type();
    String name = field.name();
    if (type.isText()) {
      if (literal instanceof Literal.Text t) {
        return storable(field, t.value());
      }
      throw typeMismatch(name, type, Message.of("filter.expect.text", name));
    }
    switch (type) {
      case INTEGER, LOOKUP, USER -> {
        if (literal instanceof Literal.Number n) {
          try {
            return n.value().longValueExact();
          } catch (ArithmeticException e) {
            throw typeMismatch(name, type, Message.of("filter.expect.whole_number"));
          }
        }
        throw typeMismatch(name, type, Message.of("filter.expect.whole_number_example", name));
      }
      case DECIMAL, CURRENCY, PERCENT -> {
        if (literal instanceof Literal.Number n) {
          return n.value();
        }
        throw typeMismatch(name, type, Message.of("filter.expect.number", name));
      }
      case BOOLEAN -> {
        if (literal instanceof Literal.Bool b) {
          return b.value();
        }
        throw typeMismatch(name, type, Message.of("filter.expect.boolean"));
      }
      case DATE -> {
        if (literal instanceof Literal.Text t) {
          try {
            return LocalDate.parse(t.value());
          } catch (DateTimeParseException e) {
            throw typeMismatch(name, type, Message.of("filter.expect.date"));
          }
        }
        throw typeMismatch(name, type, Message.of("filter.expect.date"));
      }
      case DATETIME -> {
        if (literal instanceof Literal.Text t) {
          try {
            return toMicroseconds(
                t.value().length() == 10
                    ? LocalDate.parse(t.value()).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(t.value()));
          } catch (DateTimeParseException e) {
            throw typeMismatch(name, type, Message.of("filter.expect.datetime"));
          }
        }
        throw typeMismatch(name, type, Message.of("filter.expect.datetime"));
      }
      default -> throw new IllegalStateException("Unhandled type " + type);
    }
  }

  /**
   * A date-time rounded to whole microseconds, half up: what both databases store, and what the
   * PostgreSQL driver sends for any value. Without this H2 would compare a literal's nanoseconds
   * that PostgreSQL never sees.
   */
  private static OffsetDateTime toMicroseconds(OffsetDateTime time) {
    return time.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The text, if a stored text could hold it; 400 for a control character (other than tab and line
   * feed) or half of a UTF-16 pair. No record holds one, PostgreSQL refuses a NUL in a parameter,
   * and its driver would send a half pair as {@code ?} and find texts with a question mark.
   */
  private static String storable(QueryField field, String text) {
    FieldProblem problem = TextRules.problem(field.name(), text, TextRules.Lines.MULTIPLE);
    if (problem != null) {
      throw RelataException.badRequest("filter.text_invalid", field.name(), problem.text());
    }
    return text;
  }

  /**
   * The text in lower case, each code point by itself ({@link Character#toLowerCase(int)}), as
   * PostgreSQL's {@code LOWER} does in a UTF-8 database: unlike {@link String#toLowerCase}, no
   * letter depends on its neighbours (a final sigma) or becomes two ({@code İ}), so a lowered
   * fragment of a text is a fragment of the lowered text.
   */
  static String lowerCase(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    text.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
    return lower.toString();
  }

  private static RelataException typeMismatch(String name, FieldType type, Message expected) {
    return RelataException.badRequest("filter.type_mismatch", name, type.apiName(), expected);
  }

  private static RelataException unsupported(QueryField field, String operation) {
    return RelataException.badRequest(
        "filter.unsupported", operation, field.name(), field.type().apiName());
  }
}
