package dev.relata.metadata.query;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a filter, bound to an entity's fields by {@link FilterBinder}, and a sort as SQL. Column
 * names come only from metadata; every value is a bind parameter. Comparisons follow the filter
 * language's two-valued logic: a comparison with a missing value is false (so {@code not (amount gt
 * 5)} includes records without an amount), and {@code ne} is true for a missing value. {@link
 * FilterEvaluator} gives the same answer for one record in memory.
 */
public final class SqlQueryWriter {
  private final FilterBinder binder;

  public SqlQueryWriter(String entity, Map<String, QueryField> fields) {
    this.binder = new FilterBinder(entity, fields);
  }

  /** The WHERE condition for a filter, or null for no filter. */
  public SqlCondition where(Filter filter) {
    return where(binder.bind(filter));
  }

  /** The WHERE condition for a bound filter, or null for no filter. */
  public static SqlCondition where(BoundFilter filter) {
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
      QueryField field = binder.field(key.field());
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

  private static String write(BoundFilter filter, List<Object> parameters) {
    if (filter instanceof BoundFilter.And and) {
      return "(" + write(and.left(), parameters) + " AND " + write(and.right(), parameters) + ")";
    }
    if (filter instanceof BoundFilter.Or or) {
      return "(" + write(or.left(), parameters) + " OR " + write(or.right(), parameters) + ")";
    }
    if (filter instanceof BoundFilter.Not not) {
      return "(NOT " + write(not.operand(), parameters) + ")";
    }
    if (filter instanceof BoundFilter.NullCheck check) {
      return check.field().column() + (check.isNull() ? " IS NULL" : " IS NOT NULL");
    }
    if (filter instanceof BoundFilter.Compare compare) {
      return compare(compare, parameters);
    }
    if (filter instanceof BoundFilter.In in) {
      return in(in, parameters);
    }
    if (filter instanceof BoundFilter.HoldsOption holds) {
      String sql = holdsOption(holds.field(), holds.option(), parameters);
      return holds.negated() ? "(" + holds.field().column() + " IS NULL OR NOT " + sql + ")" : sql;
    }
    if (filter instanceof BoundFilter.HoldsAnyOption holds) {
      List<String> any = new ArrayList<>();
      for (String option : holds.options()) {
        any.add(holdsOption(holds.field(), option, parameters));
      }
      return "(" + String.join(" OR ", any) + ")";
    }
    return textMatch((BoundFilter.TextMatch) filter, parameters);
  }

  private static String compare(BoundFilter.Compare compare, List<Object> parameters) {
    String column = compare.field().column();
    parameters.add(compare.value());
    return switch (compare.operator()) {
      case EQ -> "(" + column + " IS NOT NULL AND " + column + " = ?)";
      case NE -> "(" + column + " IS NULL OR " + column + " <> ?)";
      case GT -> "(" + column + " IS NOT NULL AND " + column + " > ?)";
      case GE -> "(" + column + " IS NOT NULL AND " + column + " >= ?)";
      case LT -> "(" + column + " IS NOT NULL AND " + column + " < ?)";
      case LE -> "(" + column + " IS NOT NULL AND " + column + " <= ?)";
    };
  }

  private static String in(BoundFilter.In in, List<Object> parameters) {
    List<String> marks = new ArrayList<>();
    for (Object value : in.values()) {
      parameters.add(value);
      marks.add("?");
    }
    String column = in.field().column();
    return "(" + column + " IS NOT NULL AND " + column + " IN (" + String.join(", ", marks) + "))";
  }

  private static String textMatch(BoundFilter.TextMatch match, List<Object> parameters) {
    String needle = escapeLike(match.text());
    String pattern =
        switch (match.function()) {
          case CONTAINS -> "%" + needle + "%";
          case STARTSWITH -> needle + "%";
          case ENDSWITH -> "%" + needle;
        };
    parameters.add(pattern);
    String column = match.field().column();
    return "(" + column + " IS NOT NULL AND LOWER(" + column + ") LIKE ? ESCAPE '\\')";
  }

  private static String holdsOption(QueryField field, String option, List<Object> parameters) {
    parameters.add("%;" + escapeLike(option) + ";%");
    return "("
        + field.column()
        + " IS NOT NULL AND (';' || "
        + field.column()
        + " || ';') LIKE ? ESCAPE '\\')";
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
