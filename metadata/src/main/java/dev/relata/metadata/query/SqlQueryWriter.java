package dev.relata.metadata.query;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.query.Filter.Literal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a parsed filter and sort to an entity's fields and writes them as SQL. Column names come
 * only from metadata; every value is a bind parameter. Comparisons follow the filter language's
 * two-valued logic: a comparison with a missing value is false (so {@code not (amount gt 5)}
 * includes records without an amount), and {@code ne} is true for a missing value.
 */
public final class SqlQueryWriter {
  private final Map<String, QueryField> fields;
  private final String entity;

  public SqlQueryWriter(String entity, Map<String, QueryField> fields) {
    this.entity = entity;
    this.fields = fields;
  }

  /** The WHERE condition for a filter, or null for no filter. */
  public SqlCondition where(Filter filter) {
    if (filter == null) {
      return null;
    }
    List<Object> parameters = new ArrayList<>();
    String sql = write(filter, parameters);
    return new SqlCondition(sql, parameters);
  }

  /** The ORDER BY list for sort keys, always ending with the id so that paging is stable. */
  public String orderBy(List<SortKey> keys) {
    StringBuilder sql = new StringBuilder();
    boolean idSorted = false;
    for (SortKey key : keys) {
      QueryField field = field(key.field());
      if (field.type() == FieldType.MULTIPICKLIST || field.type() == FieldType.LONGTEXT) {
        throw RelataException.badRequest("sort.not_sortable", key.field(), field.type().apiName());
      }
      sql.append(field.column())
          .append(key.descending() ? " DESC NULLS FIRST" : " ASC NULLS LAST")
          .append(", ");
      idSorted |= field.column().equals("id");
    }
    if (idSorted) {
      sql.setLength(sql.length() - 2);
    } else {
      boolean descending = !keys.isEmpty() && keys.get(keys.size() - 1).descending();
      sql.append("id").append(descending ? " DESC" : " ASC");
    }
    return sql.toString();
  }

  private String write(Filter filter, List<Object> parameters) {
    if (filter instanceof Filter.And and) {
      return "(" + write(and.left(), parameters) + " AND " + write(and.right(), parameters) + ")";
    }
    if (filter instanceof Filter.Or or) {
      return "(" + write(or.left(), parameters) + " OR " + write(or.right(), parameters) + ")";
    }
    if (filter instanceof Filter.Not not) {
      return "(NOT " + write(not.operand(), parameters) + ")";
    }
    if (filter instanceof Filter.Compare compare) {
      return compare(compare, parameters);
    }
    if (filter instanceof Filter.In in) {
      return in(in, parameters);
    }
    return textMatch((Filter.TextMatch) filter, parameters);
  }

  private String compare(Filter.Compare compare, List<Object> parameters) {
    QueryField field = field(compare.field());
    String column = field.column();
    Filter.Operator op = compare.operator();
    if (compare.value() instanceof Literal.Null) {
      return switch (op) {
        case EQ -> column + " IS NULL";
        case NE -> column + " IS NOT NULL";
        default -> throw RelataException.badRequest("filter.null_comparison", compare.field());
      };
    }
    if (field.type() == FieldType.MULTIPICKLIST) {
      if (op != Filter.Operator.EQ && op != Filter.Operator.NE) {
        throw unsupported(field, op.name().toLowerCase(Locale.ROOT));
      }
      String holds = holdsOption(field, value(field, compare.value()), parameters);
      return op == Filter.Operator.EQ ? holds : "(" + column + " IS NULL OR NOT " + holds + ")";
    }
    if (field.type() == FieldType.BOOLEAN && op != Filter.Operator.EQ && op != Filter.Operator.NE) {
      throw unsupported(field, op.name().toLowerCase(Locale.ROOT));
    }
    parameters.add(value(field, compare.value()));
    return switch (op) {
      case EQ -> "(" + column + " IS NOT NULL AND " + column + " = ?)";
      case NE -> "(" + column + " IS NULL OR " + column + " <> ?)";
      case GT -> "(" + column + " IS NOT NULL AND " + column + " > ?)";
      case GE -> "(" + column + " IS NOT NULL AND " + column + " >= ?)";
      case LT -> "(" + column + " IS NOT NULL AND " + column + " < ?)";
      case LE -> "(" + column + " IS NOT NULL AND " + column + " <= ?)";
    };
  }

  private String in(Filter.In in, List<Object> parameters) {
    QueryField field = field(in.field());
    if (field.type() == FieldType.MULTIPICKLIST) {
      List<String> any = new ArrayList<>();
      for (Literal literal : in.values()) {
        any.add(holdsOption(field, value(field, literal), parameters));
      }
      return "(" + String.join(" OR ", any) + ")";
    }
    List<String> marks = new ArrayList<>();
    for (Literal literal : in.values()) {
      if (literal instanceof Literal.Null) {
        throw RelataException.badRequest("filter.null_in", in.field());
      }
      parameters.add(value(field, literal));
      marks.add("?");
    }
    return "("
        + field.column()
        + " IS NOT NULL AND "
        + field.column()
        + " IN ("
        + String.join(", ", marks)
        + "))";
  }

  private String textMatch(Filter.TextMatch match, List<Object> parameters) {
    QueryField field = field(match.field());
    if (!field.type().isText()) {
      throw unsupported(field, match.function().name().toLowerCase(Locale.ROOT));
    }
    String needle = escapeLike(match.text().toLowerCase(Locale.ROOT));
    String pattern =
        switch (match.function()) {
          case CONTAINS -> "%" + needle + "%";
          case STARTSWITH -> needle + "%";
          case ENDSWITH -> "%" + needle;
        };
    parameters.add(pattern);
    return "("
        + field.column()
        + " IS NOT NULL AND LOWER("
        + field.column()
        + ") LIKE ? ESCAPE '\\')";
  }

  private String holdsOption(QueryField field, Object option, List<Object> parameters) {
    parameters.add("%;" + escapeLike((String) option) + ";%");
    return "("
        + field.column()
        + " IS NOT NULL AND (';' || "
        + field.column()
        + " || ';') LIKE ? ESCAPE '\\')";
  }

  private QueryField field(String name) {
    QueryField field = fields.get(name);
    if (field == null) {
      throw RelataException.badRequest(
          "filter.unknown_field", name, entity, String.join(", ", fields.keySet()));
    }
    return field;
  }

  /** The JDBC value of a literal for a field, or 400 when the literal's type does not fit. */
  static Object value(QueryField field, Literal literal) {
    FieldType type = field.type();
    String name = field.name();
    if (type.isText()) {
      if (literal instanceof Literal.Text t) {
        return t.value();
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
            return t.value().length() == 10
                ? LocalDate.parse(t.value()).atStartOfDay().atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(t.value());
          } catch (DateTimeParseException e) {
            throw typeMismatch(name, type, Message.of("filter.expect.datetime"));
          }
        }
        throw typeMismatch(name, type, Message.of("filter.expect.datetime"));
      }
      default -> throw new IllegalStateException("Unhandled type " + type);
    }
  }

  private static RelataException typeMismatch(String name, FieldType type, Message expected) {
    return RelataException.badRequest("filter.type_mismatch", name, type.apiName(), expected);
  }

  private static RelataException unsupported(QueryField field, String operation) {
    return RelataException.badRequest(
        "filter.unsupported", operation, field.name(), field.type().apiName());
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
