package dev.relata.metadata.query;

import static dev.relata.metadata.testing.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.query.Filter.And;
import dev.relata.metadata.query.Filter.Compare;
import dev.relata.metadata.query.Filter.In;
import dev.relata.metadata.query.Filter.Literal;
import dev.relata.metadata.query.Filter.Not;
import dev.relata.metadata.query.Filter.Operator;
import dev.relata.metadata.query.Filter.Or;
import dev.relata.metadata.query.Filter.TextFunction;
import dev.relata.metadata.query.Filter.TextMatch;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The filter language's grammar, precedence, literals and its errors with positions. */
class FilterParserTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void noTextMeansNoFilter(String text) {
    assertThat(FilterParser.parse(text)).isNull();
  }

  @Test
  void everyComparisonOperatorParses() {
    for (Operator op : Operator.values()) {
      assertThat(FilterParser.parse("amount " + op.name().toLowerCase() + " 5"))
          .isEqualTo(new Compare("amount", op, number("5")));
    }
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertThat(FilterParser.parse("amount GT 5 AND NOT stage Eq 'won'"))
        .isEqualTo(
            new And(
                new Compare("amount", Operator.GT, number("5")),
                new Not(new Compare("stage", Operator.EQ, new Literal.Text("won")))));
  }

  @Test
  void andBindsTighterThanOrAndNotTighterThanAnd() {
    assertThat(FilterParser.parse("a eq 1 or b eq 2 and not c eq 3"))
        .isEqualTo(new Or(compare("a", 1), new And(compare("b", 2), new Not(compare("c", 3)))));
  }

  @Test
  void parenthesesOverridePrecedence() {
    assertThat(FilterParser.parse("(a eq 1 or b eq 2) and c eq 3"))
        .isEqualTo(new And(new Or(compare("a", 1), compare("b", 2)), compare("c", 3)));
  }

  @Test
  void literalsAreTextNumbersBooleansAndNull() {
    assertThat(FilterParser.parse("a eq 'it''s'"))
        .isEqualTo(new Compare("a", Operator.EQ, new Literal.Text("it's")));
    assertThat(FilterParser.parse("a eq -12.50"))
        .isEqualTo(new Compare("a", Operator.EQ, number("-12.50")));
    assertThat(FilterParser.parse("a eq true"))
        .isEqualTo(new Compare("a", Operator.EQ, new Literal.Bool(true)));
    assertThat(FilterParser.parse("a ne false"))
        .isEqualTo(new Compare("a", Operator.NE, new Literal.Bool(false)));
    assertThat(FilterParser.parse("a eq null"))
        .isEqualTo(new Compare("a", Operator.EQ, new Literal.Null()));
    assertThat(FilterParser.parse("a eq ''"))
        .isEqualTo(new Compare("a", Operator.EQ, new Literal.Text("")));
  }

  @Test
  void inTakesAListOfLiterals() {
    assertThat(FilterParser.parse("stage in ('won', 'lost')"))
        .isEqualTo(new In("stage", List.of(new Literal.Text("won"), new Literal.Text("lost"))));
  }

  @Test
  void textFunctionsTakeAFieldAndAQuotedText() {
    assertThat(
            FilterParser.parse(
                "contains(name, 'ac') or startswith(name,'A')" + " or endswith( name , 'z' )"))
        .isEqualTo(
            new Or(
                new Or(
                    new TextMatch(TextFunction.CONTAINS, "name", "ac"),
                    new TextMatch(TextFunction.STARTSWITH, "name", "A")),
                new TextMatch(TextFunction.ENDSWITH, "name", "z")));
  }

  @Test
  void aFieldMayBeNamedLikeAFunctionWhenNoParenthesisFollows() {
    assertThat(FilterParser.parse("contains eq 'x'"))
        .isEqualTo(new Compare("contains", Operator.EQ, new Literal.Text("x")));
  }

  @Test
  void sqlInsideATextLiteralIsJustText() {
    assertThat(FilterParser.parse("name eq 'x'' or 1=1 --'"))
        .isEqualTo(new Compare("name", Operator.EQ, new Literal.Text("x' or 1=1 --")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "amount gt| Expected a value: 'text', a number, true, false or null at character 10.",
        "amount 5| Expected an operator (eq, ne, gt, ge, lt, le, in) after 'amount' at character 7.",
        "(amount gt 5| Expected ')' at character 13.",
        "name eq 'abc| Unterminated text: add the closing quote at character 13.",
        "amount gt 5 stage| Unexpected 'stage' at character 13.",
        "name eq 'a'; drop table t_customer| Unexpected '; drop table t_customer' at character 12.",
        "amount gt 1.2.3| '1.2.3' is not a number at character 11.",
        "eq 5| Expected an operator (eq, ne, gt, ge, lt, le, in) after 'eq' at character 3.",
        "= 5| Expected a field name, 'not' or '(' at character 1.",
        "contains(name, 5)| contains needs a quoted text at character 17.",
        "stage in 'won'| Expected '(' at character 10.",
        "客户 eq 'x'| Expected a field name, 'not' or '(' at character 1."
      })
  void badSyntaxIsABadRequestSayingWhatWasExpectedAndWhere(String filter, String message) {
    assertThat(badRequest(() -> FilterParser.parse(filter)).getMessage())
        .isEqualTo("Invalid filter: " + message);
  }

  @Test
  void aFilterLongerThan4000CharactersIsRefused() {
    String filter = "name eq '" + "x".repeat(4000) + "'";

    assertThat(badRequest(() -> FilterParser.parse(filter)).getMessage())
        .isEqualTo("The filter is too long (at most 4000 characters).");
  }

  @Test
  void nestingBeyond32LevelsIsRefusedAndUpTo32IsAccepted() {
    assertThat(FilterParser.parse("(".repeat(32) + "a eq 1" + ")".repeat(32))).isNotNull();
    assertThat(FilterParser.parse("not ".repeat(32) + "a eq 1")).isNotNull();
    assertThat(FilterParser.parse("not (".repeat(16) + "a eq 1" + ")".repeat(16))).isNotNull();

    assertThat(
            badRequest(() -> FilterParser.parse("(".repeat(33) + "a eq 1" + ")".repeat(33)))
                .getMessage())
        .contains("nested too deeply (at most 32 levels)");
    assertThat(badRequest(() -> FilterParser.parse("not ".repeat(33) + "a eq 1")).getMessage())
        .contains("nested too deeply");
    assertThat(badRequest(() -> FilterParser.parse("not ".repeat(40) + "a eq 1")).getMessage())
        .contains("nested too deeply");
    assertThat(badRequest(() -> FilterParser.parse("(".repeat(2000))).getMessage())
        .contains("nested too deeply");
  }

  @Test
  void aLongFlatChainIsNotNesting() {
    String filter = String.join(" and ", java.util.Collections.nCopies(200, "a eq 1"));

    assertThat(FilterParser.parse(filter)).isInstanceOf(And.class);
  }

  @Test
  void inTakesAtMost500Values() {
    String five00 = String.join(",", java.util.Collections.nCopies(500, "1"));

    assertThat(FilterParser.parse("a in (" + five00 + ")")).isInstanceOf(In.class);
    assertThat(badRequest(() -> FilterParser.parse("a in (" + five00 + ",1)")).getMessage())
        .contains("'in' takes at most 500 values");
  }

  private static Compare compare(String field, int value) {
    return new Compare(field, Operator.EQ, number(String.valueOf(value)));
  }

  private static Literal.Number number(String value) {
    return new Literal.Number(new BigDecimal(value));
  }
}
