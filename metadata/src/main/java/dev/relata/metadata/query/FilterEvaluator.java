package dev.relata.metadata.query;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decides in memory whether one record matches a filter, with the meaning of the SQL {@link
 * SqlQueryWriter} writes for the same filter: the platform checks one record this way and a list
 * with that SQL, and the two must agree (a property test holds them to it on H2 and PostgreSQL).
 *
 * <p>A record is a map from API field name to value, in the types the records API uses: text kinds
 * {@link String}; integer, lookup, user and the numeric system fields {@link Long}; decimal kinds
 * {@link BigDecimal}; date {@link LocalDate}; datetime and {@code createdAt}/{@code updatedAt}
 * {@link Instant}; boolean {@link Boolean}; multipicklist {@code List<String>}. A missing key, a
 * null and an empty multipicklist are no value. Values are compared as stored: decimals with the
 * column's scale, instants to the microsecond. A value of another Java type is a programming error
 * ({@link IllegalArgumentException}).
 *
 * <p>Refused with a 400 when the evaluator is made, so before any record is seen: ordering a text
 * field ({@code gt ge lt le} on a text kind, including picklists and auto-numbers). The database
 * orders text by its collation (PostgreSQL's depends on how the database was created), which Java
 * cannot reproduce; a condition meant to be checked both ways compares text only for equality or
 * with {@code contains}, {@code startswith}, {@code endswith}.
 */
public final class FilterEvaluator implements Predicate<Map<String, Object>> {
  private final BoundFilter filter;

  private FilterEvaluator(BoundFilter filter) {
    this.filter = filter;
  }

  /**
   * An evaluator of a bound filter; null matches every record, like a list without a filter.
   *
   * @throws RelataException (400) if the filter orders a text field
   */
  public static FilterEvaluator of(BoundFilter filter) {
    requireNoTextOrder(filter);
    return new FilterEvaluator(filter);
  }

  /**
   * Binds a filter to an entity's fields and makes its evaluator; refuses with a 400 whatever
   * {@link SqlQueryWriter} refuses, with the same message, and text ordering.
   */
  public static FilterEvaluator of(String entity, Map<String, QueryField> fields, Filter filter) {
    return of(new FilterBinder(entity, fields).bind(filter));
  }

  /** Whether the record matches. */
  @Override
  public boolean test(Map<String, Object> record) {
    return filter == null || matches(filter, record);
  }

  private static boolean matches(BoundFilter filter, Map<String, Object> record) {
    if (filter instanceof BoundFilter.And and) {
      return matches(and.left(), record) && matches(and.right(), record);
    }
    if (filter instanceof BoundFilter.Or or) {
      return matches(or.left(), record) || matches(or.right(), record);
    }
    if (filter instanceof BoundFilter.Not not) {
      return !matches(not.operand(), record);
    }
    if (filter instanceof BoundFilter.NullCheck check) {
      return (value(check.field(), record) == null) == check.isNull();
    }
    if (filter instanceof BoundFilter.Compare compare) {
      return compare(compare, value(compare.field(), record));
    }
    if (filter instanceof BoundFilter.In in) {
      Object value = value(in.field(), record);
      return value != null && in.values().stream().anyMatch(v -> equal(value, v));
    }
    if (filter instanceof BoundFilter.HoldsOption holds) {
      String options = (String) value(holds.field(), record);
      return holds.negated()
          ? options == null || !holdsOption(options, holds.option())
          : options != null && holdsOption(options, holds.option());
    }
    if (filter instanceof BoundFilter.HoldsAnyOption holds) {
      String options = (String) value(holds.field(), record);
      return options != null && holds.options().stream().anyMatch(o -> holdsOption(options, o));
    }
    BoundFilter.TextMatch match = (BoundFilter.TextMatch) filter;
    String text = (String) value(match.field(), record);
    if (text == null) {
      return false;
    }
    String lower = FilterBinder.lowerCase(text);
    return switch (match.function()) {
      case CONTAINS -> lower.contains(match.text());
      case STARTSWITH -> lower.startsWith(match.text());
      case ENDSWITH -> lower.endsWith(match.text());
    };
  }

  /** Two-valued, like the SQL: a missing value makes every comparison false but {@code ne}. */
  private static boolean compare(BoundFilter.Compare compare, Object value) {
    if (value == null) {
      return compare.operator() == Filter.Operator.NE;
    }
    return switch (compare.operator()) {
      case EQ -> equal(value, compare.value());
      case NE -> !equal(value, compare.value());
      case GT -> order(compare, value) > 0;
      case GE -> order(compare, value) >= 0;
      case LT -> order(compare, value) < 0;
      case LE -> order(compare, value) <= 0;
    };
  }

  /** SQL {@code =}: numbers by value ({@code 1.0 = 1.00}), instants by instant, text exactly. */
  private static boolean equal(Object value, Object literal) {
    if (value instanceof String || value instanceof Boolean) {
      return value.equals(literal);
    }
    return order(value, literal) == 0;
  }

  private static int order(BoundFilter.Compare compare, Object value) {
    if (value instanceof String) {
      throw textOrder(compare); // of() refuses these; a hand-built BoundFilter still may not
    }
    return order(value, compare.value());
  }

  private static int order(Object value, Object literal) {
    if (value instanceof Long l) {
      return l.compareTo((Long) literal);
    }
    if (value instanceof BigDecimal d) {
      return d.compareTo((BigDecimal) literal);
    }
    if (value instanceof LocalDate d) {
      return d.compareTo((LocalDate) literal);
    }
    return ((Instant) value).compareTo(((OffsetDateTime) literal).toInstant());
  }

  /**
   * What {@code (';' || column || ';') LIKE '%;option;%'} says of the stored, {@code ;}-joined
   * options: read as the column is, so an option that holds a {@code ;} means the same both ways.
   */
  private static boolean holdsOption(String joined, String option) {
    return (";" + joined + ";").contains(";" + option + ";");
  }

  /**
   * The record's value for a field, as the SQL sees its column: a multipicklist joined by {@code ;}
   * as stored, integral numbers as {@link Long} (or {@link BigDecimal} for decimal kinds).
   */
  private static Object value(QueryField field, Map<String, Object> record) {
    Object value = record.get(field.name());
    if (value == null) {
      return null;
    }
    FieldType type = field.type();
    if (type == FieldType.MULTIPICKLIST) {
      if (value instanceof List<?> options && options.stream().allMatch(String.class::isInstance)) {
        return options.isEmpty()
            ? null
            : String.join(";", options.stream().map(o -> (String) o).toList());
      }
      throw wrongType(field, value, "a List<String>");
    }
    if (type.isText()) {
      if (value instanceof String) {
        return value;
      }
      throw wrongType(field, value, "a String");
    }
    return switch (type) {
      case INTEGER, LOOKUP, USER -> {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
          yield ((Number) value).longValue();
        }
        throw wrongType(field, value, "a Long");
      }
      case DECIMAL, CURRENCY, PERCENT -> {
        if (value instanceof BigDecimal) {
          yield value;
        }
        if (value instanceof Long || value instanceof Integer) {
          yield BigDecimal.valueOf(((Number) value).longValue());
        }
        throw wrongType(field, value, "a BigDecimal");
      }
      case DATE -> {
        if (value instanceof LocalDate) {
          yield value;
        }
        throw wrongType(field, value, "a LocalDate");
      }
      case DATETIME -> {
        if (value instanceof Instant) {
          yield value;
        }
        if (value instanceof OffsetDateTime time) {
          yield time.toInstant();
        }
        throw wrongType(field, value, "an Instant");
      }
      case BOOLEAN -> {
        if (value instanceof Boolean) {
          yield value;
        }
        throw wrongType(field, value, "a Boolean");
      }
      default -> throw new IllegalStateException("Unhandled type " + type);
    };
  }

  private static void requireNoTextOrder(BoundFilter filter) {
    if (filter instanceof BoundFilter.And and) {
      requireNoTextOrder(and.left());
      requireNoTextOrder(and.right());
    } else if (filter instanceof BoundFilter.Or or) {
      requireNoTextOrder(or.left());
      requireNoTextOrder(or.right());
    } else if (filter instanceof BoundFilter.Not not) {
      requireNoTextOrder(not.operand());
    } else if (filter instanceof BoundFilter.Compare compare
        && compare.field().type().isText()
        && compare.operator() != Filter.Operator.EQ
        && compare.operator() != Filter.Operator.NE) {
      throw textOrder(compare);
    }
  }

  private static RelataException textOrder(BoundFilter.Compare compare) {
    return RelataException.badRequest(
        "filter.text_order",
        compare.operator().name().toLowerCase(Locale.ROOT),
        compare.field().name(),
        compare.field().type().apiName());
  }

  private static IllegalArgumentException wrongType(QueryField field, Object value, String type) {
    return new IllegalArgumentException(
        "The value of "
            + field.name()
            + ", a "
            + field.type().apiName()
            + " field, must be "
            + type
            + ", not a "
            + value.getClass().getName());
  }
}
