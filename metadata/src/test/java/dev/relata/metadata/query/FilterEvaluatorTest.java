package dev.relata.metadata.query;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.options;
import static dev.relata.metadata.testing.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.schema.PhysicalNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One record, in memory, matches a filter exactly when the SQL of the same filter would select it:
 * two-valued comparisons, multipicklists holding options, case-insensitive text matches with
 * literal wildcards, and the same refusals.
 */
class FilterEvaluatorTest {
  private static final Map<String, QueryField> FIELDS = QueryField.of(deal());
  private static final Instant MET = Instant.parse("2026-01-31T01:00:00Z");

  // ---- missing values and null ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name", "notes", "email", "stage", "code", "seats", "amount", "price", "share", "closes",
        "met_at", "hot", "account", "rep"
      })
  void aComparisonWithAMissingValueIsFalseExceptNeWhichIsTrue(String field) {
    String literal = literalFor(field);

    assertThat(matches(field + " eq " + literal)).isFalse();
    assertThat(matches(field + " ne " + literal)).isTrue();
    assertThat(matches(field + " in (" + literal + ")")).isFalse();
    assertThat(matches("not (" + field + " eq " + literal + ")")).isTrue();
    assertThat(matches(field + " eq null")).isTrue();
    assertThat(matches(field + " ne null")).isFalse();
    assertThat(matches(field + " eq " + literal, field, null)).isFalse();
  }

  @Test
  void orderingAMissingValueIsFalseSoItsNegationIsTrue() {
    for (String op : List.of("gt", "ge", "lt", "le")) {
      assertThat(matches("amount " + op + " 5")).as(op).isFalse();
      assertThat(matches("not (amount " + op + " 5)")).as(op).isTrue();
      assertThat(matches("closes " + op + " '2026-01-31'")).as(op).isFalse();
      assertThat(matches("met_at " + op + " '2026-01-31'")).as(op).isFalse();
    }
  }

  @Test
  void nullChecksSeeAPresentValueAndTreatAnEmptyMultipicklistAsNone() {
    assertThat(matches("seats eq null", "seats", 0L)).isFalse();
    assertThat(matches("seats ne null", "seats", 0L)).isTrue();
    assertThat(matches("name ne null", "name", "")).isTrue();
    assertThat(matches("hot ne null", "hot", false)).isTrue();
    assertThat(matches("tags eq null", "tags", List.of())).isTrue();
    assertThat(matches("tags ne 'x'", "tags", List.of())).isTrue();
    assertThat(matches("tags eq null", "tags", List.of("x"))).isFalse();
  }

  @Test
  void noFilterMatchesEveryRecord() {
    assertThat(FilterEvaluator.of("deal", FIELDS, null).test(Map.of())).isTrue();
    assertThat(FilterEvaluator.of(null).test(record("seats", 3L))).isTrue();
  }

  // ---- each type ----

  @Test
  void integersLookupsUsersAndSystemFieldsCompareAsWholeNumbers() {
    for (String field : List.of("seats", "account", "rep", "id", "owner", "version")) {
      Map<String, Object> three = record(field, 3L);
      assertThat(matches(field + " eq 3", three)).as(field).isTrue();
      assertThat(matches(field + " eq 3.0", three)).as(field).isTrue();
      assertThat(matches(field + " ne 3", three)).as(field).isFalse();
      assertThat(matches(field + " gt 2", three)).as(field).isTrue();
      assertThat(matches(field + " gt 3", three)).as(field).isFalse();
      assertThat(matches(field + " ge 3", three)).as(field).isTrue();
      assertThat(matches(field + " lt 3", three)).as(field).isFalse();
      assertThat(matches(field + " lt 4", three)).as(field).isTrue();
      assertThat(matches(field + " le 3", three)).as(field).isTrue();
      assertThat(matches(field + " in (1, 3)", three)).as(field).isTrue();
      assertThat(matches(field + " in (1, -3)", three)).as(field).isFalse();
    }
    assertThat(matches("seats lt 0", "seats", Long.MIN_VALUE)).isTrue();
  }

  @Test
  void decimalsCompareByValueWhateverTheirScale() {
    for (String field : List.of("amount", "price", "share")) {
      Map<String, Object> twoAndAHalf = record(field, new BigDecimal("2.50"));
      assertThat(matches(field + " eq 2.5", twoAndAHalf)).as(field).isTrue();
      assertThat(matches(field + " eq 2.500", twoAndAHalf)).as(field).isTrue();
      assertThat(matches(field + " ne 2.5", twoAndAHalf)).as(field).isFalse();
      assertThat(matches(field + " gt 2.49", twoAndAHalf)).as(field).isTrue();
      assertThat(matches(field + " gt 2.5", twoAndAHalf)).as(field).isFalse();
      assertThat(matches(field + " ge 2.5", twoAndAHalf)).as(field).isTrue();
      assertThat(matches(field + " lt 2.501", twoAndAHalf)).as(field).isTrue();
      assertThat(matches(field + " le 2.49", twoAndAHalf)).as(field).isFalse();
      assertThat(matches(field + " in (1, 2.5)", twoAndAHalf)).as(field).isTrue();
      assertThat(matches(field + " eq -2.5", twoAndAHalf)).as(field).isFalse();
    }
  }

  @Test
  void datesCompareByDay() {
    Map<String, Object> deal = record("closes", LocalDate.of(2026, 1, 31));

    assertThat(matches("closes eq '2026-01-31'", deal)).isTrue();
    assertThat(matches("closes ne '2026-01-31'", deal)).isFalse();
    assertThat(matches("closes gt '2026-01-30'", deal)).isTrue();
    assertThat(matches("closes ge '2026-02-01'", deal)).isFalse();
    assertThat(matches("closes lt '2026-02-01'", deal)).isTrue();
    assertThat(matches("closes le '2026-01-30'", deal)).isFalse();
    assertThat(matches("closes in ('2025-01-31', '2026-01-31')", deal)).isTrue();
  }

  @Test
  void dateTimesCompareAsInstantsWhateverTheOffsetOfTheLiteral() {
    Map<String, Object> deal = record("met_at", MET);

    assertThat(matches("met_at eq '2026-01-31T09:00:00+08:00'", deal)).isTrue();
    assertThat(matches("met_at ne '2026-01-31T01:00:00Z'", deal)).isFalse();
    assertThat(matches("met_at gt '2026-01-31'", deal)).isTrue(); // midnight UTC
    assertThat(matches("met_at lt '2026-01-31T01:00:00.000001Z'", deal)).isTrue();
    assertThat(matches("met_at ge '2026-01-31T01:00:00.000001Z'", deal)).isFalse();
    assertThat(matches("met_at le '2026-01-31T00:59:59.999999Z'", deal)).isFalse();
    assertThat(matches("met_at in ('2026-01-31T01:00:00Z')", deal)).isTrue();
    assertThat(matches("createdAt lt '2026-02-01'", "createdAt", MET)).isTrue();
    assertThat(matches("updatedAt ge '2026-02-01'", "updatedAt", MET)).isFalse();
  }

  @Test
  void aDateTimeLiteralIsRoundedToTheMicrosecondLikeTheSql() {
    Map<String, Object> deal = record("met_at", MET);

    assertThat(matches("met_at eq '2026-01-31T01:00:00.0000004Z'", deal)).isTrue();
    assertThat(matches("met_at lt '2026-01-31T01:00:00.0000005Z'", deal)).isTrue();
    assertThat(matches("met_at eq '2026-01-31T01:00:00.0000005Z'", deal)).isFalse();
  }

  @Test
  void booleansAreEqualOrNot() {
    assertThat(matches("hot eq true", "hot", true)).isTrue();
    assertThat(matches("hot eq false", "hot", true)).isFalse();
    assertThat(matches("hot ne false", "hot", true)).isTrue();
    assertThat(matches("hot ne true", "hot", false)).isTrue();
    assertThat(matches("hot in (false)", "hot", false)).isTrue();
  }

  @Test
  void textEqualityIsExactAndCaseSensitive() {
    for (String field : List.of("name", "notes", "email", "stage", "code")) {
      Map<String, Object> deal = record(field, "Won");
      assertThat(matches(field + " eq 'Won'", deal)).as(field).isTrue();
      assertThat(matches(field + " eq 'won'", deal)).as(field).isFalse();
      assertThat(matches(field + " eq 'Won '", deal)).as(field).isFalse();
      assertThat(matches(field + " ne 'won'", deal)).as(field).isTrue();
      assertThat(matches(field + " in ('open', 'Won')", deal)).as(field).isTrue();
      assertThat(matches(field + " in ('open', 'W%')", deal)).as(field).isFalse();
    }
  }

  // ---- multipicklists ----

  @Test
  void aMultipicklistEqualsAnOptionItHoldsCaseSensitively() {
    Map<String, Object> deal = record("tags", List.of("a_b", "x"));

    assertThat(matches("tags eq 'x'", deal)).isTrue();
    assertThat(matches("tags eq 'a_b'", deal)).isTrue();
    assertThat(matches("tags eq 'X'", deal)).isFalse();
    assertThat(matches("tags eq 'a'", deal)).isFalse();
    assertThat(matches("tags eq 'aab'", deal)).isFalse(); // _ is no wildcard
    assertThat(matches("tags ne 'y'", deal)).isTrue();
    assertThat(matches("tags ne 'x'", deal)).isFalse();
    assertThat(matches("tags in ('y', 'x')", deal)).isTrue();
    assertThat(matches("tags in ('y', 'z')", deal)).isFalse();
  }

  @Test
  void aMultipicklistIsReadAsTheSqlReadsItsStoredText() {
    // Stored as 'a_b;x': an option "a_b;x" is held as well, as (';' || column || ';') LIKE says.
    Map<String, Object> deal = record("tags", List.of("a_b", "x"));

    assertThat(matches("tags eq 'a_b;x'", deal)).isTrue();
    assertThat(matches("contains(tags, 'B;X')", deal)).isTrue();
    assertThat(matches("startswith(tags, 'a_b;')", deal)).isTrue();
  }

  // ---- text matches ----

  @Test
  void textMatchesIgnoreCase() {
    Map<String, Object> deal = record("name", "Acme Trading");

    assertThat(matches("contains(name, 'ME TR')", deal)).isTrue();
    assertThat(matches("startswith(name, 'aCME')", deal)).isTrue();
    assertThat(matches("endswith(name, 'DING')", deal)).isTrue();
    assertThat(matches("startswith(name, 'Trading')", deal)).isFalse();
    assertThat(matches("endswith(name, 'Acme')", deal)).isFalse();
    assertThat(matches("contains(name, '')", deal)).isTrue();
    assertThat(matches("contains(name, 'Acme  ')", deal)).isFalse();
  }

  @Test
  void textMatchesTakeWildcardsAndBackslashesLiterally() {
    Map<String, Object> deal = record("notes", "50%_off\\now");

    assertThat(matches("contains(notes, '%_O')", deal)).isTrue();
    assertThat(matches("contains(notes, 'f\\n')", deal)).isTrue();
    assertThat(matches("contains(notes, '50%off')", deal)).isFalse();
    assertThat(matches("contains(name, '%')", "name", "abc")).isFalse();
    assertThat(matches("startswith(name, '_')", "name", "abc")).isFalse();
  }

  @Test
  void textMatchesLowerEachCharacterByItselfAsPostgreSqlDoes() {
    assertThat(matches("contains(name, 'οδοσ')", "name", "ΟΔΟΣ")).isTrue();
    assertThat(matches("contains(name, 'ΟΔΟΣ')", "name", "ΟΔΟΣ Α")).isTrue();
    assertThat(matches("startswith(name, 'i')", "name", "İzmir")).isTrue();
    assertThat(matches("endswith(name, 'ÉTÉ')", "name", "Été")).isTrue();
    assertThat(matches("contains(name, 'SS')", "name", "Straße")).isFalse();
    assertThat(matches("contains(name, '客户')", "name", "重要客户")).isTrue();
  }

  @Test
  void textMatchesApplyToEveryTextKind() {
    for (String field : List.of("notes", "email", "stage", "code")) {
      assertThat(matches("contains(" + field + ", 'ON')", field, "won")).as(field).isTrue();
    }
  }

  @Test
  void notOfATextMatchIncludesRecordsWithoutTheText() {
    assertThat(matches("contains(name, 'x')")).isFalse();
    assertThat(matches("not contains(name, 'x')")).isTrue();
  }

  // ---- and, or, not ----

  @Test
  void andOrAndNotCombineTwoValuedAnswers() {
    Map<String, Object> deal = record("amount", new BigDecimal("10.00"), "stage", "won");

    assertThat(matches("amount gt 5 and stage eq 'won'", deal)).isTrue();
    assertThat(matches("amount gt 5 and stage eq 'lost'", deal)).isFalse();
    assertThat(matches("amount gt 50 or stage eq 'won'", deal)).isTrue();
    assertThat(matches("amount gt 50 or stage eq 'lost'", deal)).isFalse();
    assertThat(matches("not (amount gt 50 or seats gt 1)", deal)).isTrue();
    assertThat(matches("not not (stage eq 'won')", deal)).isTrue();
    assertThat(matches("seats gt 1 or not (seats le 1)", deal)).isTrue();
  }

  // ---- refusals ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nope eq 1",
        "c_amount gt 1",
        "amount gt 'x'",
        "hot eq 1",
        "closes eq '31/01/2026'",
        "seats eq 1.5",
        "met_at gt 'soon'",
        "stage in ('won', 3)",
        "stage in ('won', null)",
        "tags in ('x', null)",
        "tags eq 3",
        "tags gt 'a'",
        "hot gt true",
        "contains(amount, '1')",
        "startswith(closes, '2026')",
        "amount gt null",
        "name eq 'a\u0001'",
        "seats eq 1 or nope eq 2"
      })
  void aFilterTheSqlRefusesIsRefusedWithTheSameMessage(String filter) {
    Filter parsed = FilterParser.parse(filter);
    String sqlRefusal =
        badRequest(() -> new SqlQueryWriter("deal", FIELDS).where(parsed)).getMessage();

    assertThat(badRequest(() -> FilterEvaluator.of("deal", FIELDS, parsed)).getMessage())
        .isEqualTo(sqlRefusal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name gt 'a'",
        "notes ge 'a'",
        "email lt 'a'",
        "stage le 'won'",
        "code gt 'CT-0001'",
        "seats eq 1 or not (name gt 'a')"
      })
  void orderingTextIsRefusedBecauseOnlyTheDatabaseKnowsItsCollation(String filter) {
    RelataException refusal =
        badRequest(() -> FilterEvaluator.of("deal", FIELDS, FilterParser.parse(filter)));

    assertThat(refusal.text().key()).isEqualTo("filter.text_order");
    assertThat(refusal.getMessage())
        .startsWith("Invalid condition: '")
        .contains("collation", "eq, ne, in, contains, startswith or endswith");
  }

  @Test
  void theSqlStillOrdersTextForAListThatOnlyTheDatabaseRuns() {
    assertThat(new SqlQueryWriter("deal", FIELDS).where(FilterParser.parse("name gt 'a'")).sql())
        .isEqualTo("(c_name IS NOT NULL AND c_name > ?)");
  }

  @Test
  void aBoundFilterIsCheckedForTextOrderingToo() {
    BoundFilter bound = new FilterBinder("deal", FIELDS).bind(FilterParser.parse("name lt 'm'"));

    assertThat(badRequest(() -> FilterEvaluator.of(bound)).text().key())
        .isEqualTo("filter.text_order");
  }

  @Test
  void aValueOfTheWrongJavaTypeIsAProgrammingError() {
    assertThatThrownBy(() -> matches("amount gt 1", "amount", 1.5d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount, a decimal field, must be a BigDecimal");
    assertThatThrownBy(() -> matches("met_at gt '2026-01-01'", "met_at", "2026-02-01"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> matches("tags eq 'x'", "tags", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> matches("name eq 'x'", "name", 5L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherIntegralJavaTypesAndOffsetDateTimesAreReadAsTheirValues() {
    assertThat(matches("seats eq 3", "seats", 3)).isTrue();
    assertThat(matches("amount eq 3", "amount", 3L)).isTrue();
    assertThat(
            matches(
                "met_at eq '2026-01-31T01:00:00Z'", "met_at", MET.atOffset(ZoneOffset.ofHours(8))))
        .isTrue();
  }

  @Test
  void oneBoundFilterServesTheSqlAndTheEvaluator() {
    BoundFilter bound =
        new FilterBinder("deal", FIELDS).bind(FilterParser.parse("seats gt 2 and hot eq true"));

    assertThat(SqlQueryWriter.where(bound).parameters()).containsExactly(2L, true);
    assertThat(FilterEvaluator.of(bound).test(record("seats", 3L, "hot", true))).isTrue();
    assertThat(FilterEvaluator.of(bound).test(record("seats", 3L, "hot", false))).isFalse();
  }

  // ---- helpers ----

  private static boolean matches(String filter, Object... fieldsAndValues) {
    return matches(filter, record(fieldsAndValues));
  }

  private static boolean matches(String filter, Map<String, Object> record) {
    return FilterEvaluator.of("deal", FIELDS, FilterParser.parse(filter)).test(record);
  }

  /** A record of the given fields and values; any value may be null. */
  private static Map<String, Object> record(Object... fieldsAndValues) {
    Map<String, Object> record = new HashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      record.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return record;
  }

  private static String literalFor(String field) {
    return switch (FIELDS.get(field).type()) {
      case INTEGER, LOOKUP, USER, DECIMAL, CURRENCY, PERCENT -> "1";
      case DATE -> "'2026-01-31'";
      case DATETIME -> "'2026-01-31T00:00:00Z'";
      case BOOLEAN -> "true";
      default -> "'x'";
    };
  }

  private static EntityDefinition deal() {
    List<FieldDefinition> fields = new ArrayList<>();
    for (FieldDefinition f :
        List.of(
            field("notes", FieldType.LONGTEXT).length(32000).build(),
            field("email", FieldType.EMAIL).length(254).build(),
            field("stage", FieldType.PICKLIST).options(options("open", "Won", "won")).build(),
            field("tags", FieldType.MULTIPICKLIST).options(options("a_b", "x", "y")).build(),
            field("code", FieldType.AUTONUMBER).pattern("CT-{0000}").build(),
            field("seats", FieldType.INTEGER).build(),
            field("amount", FieldType.DECIMAL).precision(18).scale(2).build(),
            field("price", FieldType.CURRENCY).precision(18).scale(2).build(),
            field("share", FieldType.PERCENT).precision(7).scale(2).build(),
            field("closes", FieldType.DATE).build(),
            field("met_at", FieldType.DATETIME).build(),
            field("hot", FieldType.BOOLEAN).build(),
            lookup("account", "customer"),
            field("rep", FieldType.USER).build())) {
      fields.add(f.toBuilder().column(PhysicalNames.column(f.name())).build());
    }
    EntityDefinition draft = entity("deal");
    fields.add(0, draft.fields().get(0).toBuilder().column("c_name").build());
    return draft.withFields(fields).withTable("t_deal");
  }
}
