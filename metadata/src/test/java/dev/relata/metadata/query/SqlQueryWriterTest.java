package dev.relata.metadata.query;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.options;
import static dev.relata.metadata.testing.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.schema.PhysicalNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters and sorts become SQL with columns from metadata and every value a bind parameter. */
class SqlQueryWriterTest {
  private final SqlQueryWriter writer = new SqlQueryWriter("deal", QueryField.of(deal()));

  @Test
  void comparisonsAreTwoValuedSoMissingValuesCompareFalseAndNeIncludesThem() {
    assertThat(where("amount gt 5").sql()).isEqualTo("(c_amount IS NOT NULL AND c_amount > ?)");
    assertThat(where("stage ne 'won'").sql()).isEqualTo("(c_stage IS NULL OR c_stage <> ?)");
    assertThat(where("not (amount gt 5)").sql())
        .isEqualTo("(NOT (c_amount IS NOT NULL AND c_amount > ?))");
  }

  @Test
  void literalsBecomeTypedBindParametersAndNeverPartOfTheSql() {
    SqlCondition condition =
        where(
            "name eq 'x'' or 1=1 --' and amount ge 2.5 and seats lt 3"
                + " and closes eq '2026-01-31' and hot eq true and met_at gt '2026-01-31'");

    assertThat(condition.sql()).doesNotContain("1=1", "--", "2.5", "2026");
    assertThat(condition.parameters())
        .containsExactly(
            "x' or 1=1 --",
            new BigDecimal("2.5"),
            3L,
            LocalDate.of(2026, 1, 31),
            true,
            OffsetDateTime.parse("2026-01-31T00:00Z"));
  }

  @Test
  void systemFieldsCanBeFilteredByTheirApiNames() {
    assertThat(where("id eq 3 and owner eq 1 and createdAt ge '2026-01-01T00:00:00Z'").sql())
        .contains("id = ?", "owner_id = ?", "created_at >= ?");
  }

  @Test
  void textMatchesAreCaseInsensitiveAndEscapeLikeWildcards() {
    SqlCondition condition = where("contains(name, '50%_Off\\')");

    assertThat(condition.sql())
        .isEqualTo("(c_name IS NOT NULL AND LOWER(c_name) LIKE ? ESCAPE '\\')");
    assertThat(condition.parameters()).containsExactly("%50\\%\\_off\\\\%");
    assertThat(where("startswith(name, 'A')").parameters()).containsExactly("a%");
    assertThat(where("endswith(name, 'A')").parameters()).containsExactly("%a");
  }

  @Test
  void textMatchesLowerTheirTextOneCodePointAtATimeLikePostgreSql() {
    // String.toLowerCase would make the final sigma ς and İ two characters, which PostgreSQL's
    // LOWER of the column never does: 'ΟΔΟΣ' would not find a record named ΟΔΟΣ.
    assertThat(where("contains(name, 'ΟΔΟΣ')").parameters()).containsExactly("%οδοσ%");
    assertThat(where("startswith(name, 'İZMİR')").parameters()).containsExactly("izmir%");
    assertThat(where("endswith(name, 'ÉTÉ')").parameters()).containsExactly("%été");
  }

  @Test
  void aDateTimeIsRoundedToWholeMicrosecondsAsTheDatabasesStoreIt() {
    assertThat(where("met_at gt '2026-01-31T00:00:00.0000005Z'").parameters())
        .containsExactly(OffsetDateTime.parse("2026-01-31T00:00:00.000001Z"));
    assertThat(where("met_at gt '2026-01-31T00:00:00.0000004Z'").parameters())
        .containsExactly(OffsetDateTime.parse("2026-01-31T00:00:00Z"));
    assertThat(where("met_at le '2026-01-31T08:00:00.123456+08:00'").parameters())
        .containsExactly(OffsetDateTime.parse("2026-01-31T08:00:00.123456+08:00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name eq 'a\u0000b'",
        "contains(name, '\u0000')",
        "tags eq '\ud800'",
        "stage in ('won', 'x\u0001')"
      })
  void aTextNoRecordCanHoldIsABadRequestNotADatabaseError(String filter) {
    // PostgreSQL refuses a NUL in a parameter, and its driver sends half a UTF-16 pair as '?'.
    assertThat(badRequest(() -> where(unescape(filter))).getMessage())
        .startsWith("Invalid filter: the text given for ")
        .contains("can match no record:")
        .containsAnyOf("; remove it.", "; send the whole character.");
  }

  @Test
  void multipicklistEqualityMeansHoldingTheOption() {
    SqlCondition holds = where("tags eq 'a_b'");

    assertThat(holds.sql()).contains("(';' || c_tags || ';') LIKE ?");
    assertThat(holds.parameters()).containsExactly("%;a\\_b;%");
    assertThat(where("tags ne 'x'").sql()).startsWith("(c_tags IS NULL OR NOT ");
    assertThat(where("tags in ('x', 'y')").parameters()).containsExactly("%;x;%", "%;y;%");
  }

  @Test
  void nullChecksUseIsNull() {
    assertThat(where("amount eq null").sql()).isEqualTo("c_amount IS NULL");
    assertThat(where("amount ne null").sql()).isEqualTo("c_amount IS NOT NULL");
    assertThat(where("amount eq null").parameters()).isEmpty();
  }

  @Test
  void anUnknownFieldIsABadRequestNamingItAndTheFieldsThereAre() {
    assertThat(badRequest(() -> where("nope eq 1")).getMessage())
        .startsWith("Unknown field 'nope' for deal; fields are: id, owner, createdAt,")
        .contains("amount", "stage");
  }

  @Test
  void aPhysicalColumnNameIsNoFieldName() {
    assertThat(badRequest(() -> where("c_amount gt 1")).getMessage())
        .contains("Unknown field 'c_amount'");
    assertThat(badRequest(() -> where("owner_id eq 1")).getMessage())
        .contains("Unknown field 'owner_id'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "amount gt 'x'",
        "hot eq 1",
        "hot eq 'true'",
        "closes eq '31/01/2026'",
        "closes eq 20260131",
        "name eq 5",
        "seats eq 1.5",
        "seats eq '3'",
        "met_at gt 'soon'",
        "stage in ('won', 3)",
        "tags eq 3"
      })
  void aLiteralOfTheWrongTypeIsABadRequest(String filter) {
    assertThat(badRequest(() -> where(filter)).getMessage())
        .startsWith("Invalid filter: ")
        .contains("field; compare it with");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tags gt 'a'",
        "hot gt true",
        "contains(amount, '1')",
        "startswith(closes, '2026')",
        "amount gt null",
        "stage in ('won', null)"
      })
  void anOperationThatDoesNotApplyToTheFieldIsABadRequest(String filter) {
    assertThat(badRequest(() -> where(filter)).getMessage()).startsWith("Invalid filter: ");
  }

  @Test
  void sortingEndsWithTheIdSoThatTiesHaveAStableOrder() {
    assertThat(writer.orderBy(SortKey.parse(null))).isEqualTo("id ASC");
    assertThat(writer.orderBy(SortKey.parse("amount")))
        .isEqualTo("c_amount ASC NULLS LAST, id ASC");
    assertThat(writer.orderBy(SortKey.parse("-amount")))
        .isEqualTo("c_amount DESC NULLS FIRST, id DESC");
    assertThat(writer.orderBy(SortKey.parse("-amount, +name")))
        .isEqualTo("c_amount DESC NULLS FIRST, c_name ASC NULLS LAST, id ASC");
    assertThat(writer.orderBy(SortKey.parse("-id"))).isEqualTo("id DESC NULLS FIRST");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name;drop",
        "name desc--",
        "name desc",
        "name,",
        ",name",
        "1name",
        "name)",
        "-",
        "na me",
        "name'",
        "a,b,c,d,e,f"
      })
  void aMalformedSortIsABadRequest(String sort) {
    assertThat(badRequest(() -> writer.orderBy(SortKey.parse(sort))).getMessage())
        .containsAnyOf("Invalid sort", "at most 5");
  }

  @Test
  void sortingByAnUnknownOrUnsortableFieldIsABadRequest() {
    assertThat(badRequest(() -> writer.orderBy(SortKey.parse("nope"))).getMessage())
        .contains("Unknown field 'nope'");
    assertThat(badRequest(() -> writer.orderBy(SortKey.parse("tags"))).getMessage())
        .contains("not sortable");
    assertThat(badRequest(() -> writer.orderBy(SortKey.parse("notes"))).getMessage())
        .contains("not sortable");
  }

  private static String unescape(String filter) {
    return filter
        .replace("\\u0000", "\u0000")
        .replace("\\u0001", "\u0001")
        .replace("\\ud800", "\ud800");
  }

  private SqlCondition where(String filter) {
    return writer.where(FilterParser.parse(filter));
  }

  private static EntityDefinition deal() {
    List<FieldDefinition> fields = new ArrayList<>();
    for (FieldDefinition f :
        List.of(
            field("amount", FieldType.DECIMAL).precision(18).scale(2).build(),
            field("stage", FieldType.PICKLIST).options(options("open", "won")).build(),
            field("closes", FieldType.DATE).build(),
            field("met_at", FieldType.DATETIME).build(),
            field("hot", FieldType.BOOLEAN).build(),
            field("seats", FieldType.INTEGER).build(),
            field("notes", FieldType.LONGTEXT).length(32000).build(),
            field("tags", FieldType.MULTIPICKLIST)
                .length(4000)
                .options(options("a_b", "x", "y"))
                .build())) {
      fields.add(f.toBuilder().column(PhysicalNames.column(f.name())).build());
    }
    EntityDefinition draft = entity("deal");
    fields.add(0, draft.fields().get(0).toBuilder().column("c_name").length(255).build());
    return draft.withFields(fields).withTable("t_deal");
  }
}
