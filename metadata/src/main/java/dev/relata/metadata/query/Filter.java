package dev.relata.metadata.query;

import java.math.BigDecimal;
import java.util.List;

/** A parsed filter expression, not yet checked against any entity. */
public sealed interface Filter {

  record And(Filter left, Filter right) implements Filter {}

  record Or(Filter left, Filter right) implements Filter {}

  record Not(Filter operand) implements Filter {}

  /** {@code field op value}; {@code value} is {@link Literal.Null} for {@code eq null}. */
  record Compare(String field, Operator operator, Literal value) implements Filter {}

  record In(String field, List<Literal> values) implements Filter {}

  /** {@code contains(field,'text')}, {@code startswith(…)}, {@code endswith(…)}. */
  record TextMatch(TextFunction function, String field, String text) implements Filter {}

  enum Operator {
    EQ,
    NE,
    GT,
    GE,
    LT,
    LE
  }

  enum TextFunction {
    CONTAINS,
    STARTSWITH,
    ENDSWITH
  }

  /** A constant in a filter. */
  sealed interface Literal {
    record Text(String value) implements Literal {}

    record Number(BigDecimal value) implements Literal {}

    record Bool(boolean value) implements Literal {}

    record Null() implements Literal {}
  }
}
