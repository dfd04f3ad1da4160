package dev.relata.metadata.query;

import dev.relata.metadata.query.Filter.Operator;
import dev.relata.metadata.query.Filter.TextFunction;
import java.util.List;

/**
 * A {@link Filter} bound to an entity's fields by {@link FilterBinder}: every name resolved to a
 * {@link QueryField}, every literal checked against the field's type and converted to its value,
 * every operation known to apply to its field. {@link SqlQueryWriter} writes it as SQL and {@link
 * FilterEvaluator} tests it on records; neither checks anything the binder has checked, so the two
 * refuse the same filters with the same messages.
 *
 * <p>Values are those the SQL binds: {@link String} for the text kinds, {@link Long} for integer,
 * lookup and user fields, {@link java.math.BigDecimal} for the decimal kinds, {@link Boolean},
 * {@link java.time.LocalDate} and {@link java.time.OffsetDateTime} (whole microseconds).
 */
public sealed interface BoundFilter {

  record And(BoundFilter left, BoundFilter right) implements BoundFilter {}

  record Or(BoundFilter left, BoundFilter right) implements BoundFilter {}

  record Not(BoundFilter operand) implements BoundFilter {}

  /** {@code field eq null} ({@code isNull}) or {@code field ne null}. */
  record NullCheck(QueryField field, boolean isNull) implements BoundFilter {}

  /** A comparison of a field other than a multipicklist with a value that is never null. */
  record Compare(QueryField field, Operator operator, Object value) implements BoundFilter {}

  /** {@code field in (…)} for a field other than a multipicklist; values are never null. */
  record In(QueryField field, List<Object> values) implements BoundFilter {
    public In {
      values = List.copyOf(values);
    }
  }

  /**
   * A multipicklist {@code eq} (holds the option) or, when {@code negated}, {@code ne} (does not
   * hold it, or holds nothing).
   */
  record HoldsOption(QueryField field, String option, boolean negated) implements BoundFilter {}

  /** A multipicklist {@code in}: holds at least one of the options. */
  record HoldsAnyOption(QueryField field, List<String> options) implements BoundFilter {
    public HoldsAnyOption {
      options = List.copyOf(options);
    }
  }

  /**
   * {@code contains}, {@code startswith} or {@code endswith} on a text field, ignoring case: {@code
   * text} is already in lower case, one code point at a time (see {@link FilterBinder#lowerCase}).
   */
  record TextMatch(QueryField field, TextFunction function, String text) implements BoundFilter {}
}
