package dev.relata.metadata.schema;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.options;
import static dev.relata.metadata.testing.Definitions.picklist;
import static dev.relata.metadata.testing.Definitions.text;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.metadata.testing.SchemaInspector;
import dev.relata.metadata.testing.TestMetadata;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A field's type or size may change only where no stored value is lost: widening always, narrowing
 * only while every stored value fits; anything else is a 422 with the reason, and then the
 * definition, the column and the data are as they were.
 */
class TypeChangeTest {
  private static final String AUTHOR = TestMetadata.AUTHOR;
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();
  private final SchemaInspector schema = metadata.schema();

  @AfterEach
  void close() {
    metadata.close();
  }

  // ---- allowed: no data can be lost ----

  @Test
  void aLongerTextKeepsItsValues() {
    givenAccountWith(field("note", FieldType.TEXT).length(10).build(), "0123456789");

    service.updateField("account", field("note", FieldType.TEXT).length(500).build(), AUTHOR);

    assertThat(schema.columns("t_account").get("c_note")).contains("500");
    assertThat(schema.values("t_account", "c_note")).containsExactly("0123456789");
  }

  @Test
  void textBecomesLongText() {
    givenAccountWith(field("note", FieldType.TEXT).build(), "kept");

    service.updateField("account", field("note", FieldType.LONGTEXT).build(), AUTHOR);

    assertThat(metadata.entity("account").field("note").orElseThrow().type())
        .isEqualTo(FieldType.LONGTEXT);
    assertThat(schema.values("t_account", "c_note")).containsExactly("kept");
  }

  @Test
  void aPicklistOrEmailBecomesText() {
    givenAccountWith(field("contact", FieldType.EMAIL).build(), "ada@example.com");

    service.updateField("account", field("contact", FieldType.TEXT).length(254).build(), AUTHOR);

    assertThat(schema.values("t_account", "c_contact")).containsExactly("ada@example.com");
  }

  @Test
  void anIntegerBecomesADecimalWithRoomForEveryLong() {
    givenAccountWith(field("seats", FieldType.INTEGER).build(), Long.MAX_VALUE);

    service.updateField("account", decimal("seats", 30, 2), AUTHOR);

    assertThat((BigDecimal) schema.values("t_account", "c_seats").get(0))
        .isEqualByComparingTo(new BigDecimal(Long.MAX_VALUE));
  }

  @Test
  void anIntegerBecomesASmallerDecimalWhenEveryValueFits() {
    givenAccountWith(field("seats", FieldType.INTEGER).build(), 99_999_999L);

    service.updateField("account", decimal("seats", 10, 2), AUTHOR);

    assertThat((BigDecimal) schema.values("t_account", "c_seats").get(0))
        .isEqualByComparingTo("99999999");
  }

  @Test
  void aDecimalGainsPrecisionAndScale() {
    givenAccountWith(decimal("amount", 10, 2), new BigDecimal("12345678.91"));

    service.updateField("account", decimal("amount", 14, 4), AUTHOR);

    assertThat((BigDecimal) schema.values("t_account", "c_amount").get(0))
        .isEqualByComparingTo("12345678.91");
  }

  @Test
  void aShorterTextIsAllowedWhileEveryValueFits() {
    givenAccountWith(field("code", FieldType.TEXT).build(), "12345");

    service.updateField("account", field("code", FieldType.TEXT).length(5).build(), AUTHOR);

    assertThat(schema.columns("t_account").get("c_code")).contains("5");
  }

  @Test
  void aDecimalLosesScaleWhileNoValueUsesIt() {
    givenAccountWith(decimal("amount", 10, 2), new BigDecimal("1.20"));

    service.updateField("account", decimal("amount", 10, 1), AUTHOR);

    assertThat((BigDecimal) schema.values("t_account", "c_amount").get(0))
        .isEqualByComparingTo("1.2");
  }

  @Test
  void picklistOptionsCanBeAddedAndSetInactive() {
    givenAccountWith(picklist("tier", "gold", "silver"), "gold");
    List<PicklistOption> changed = new ArrayList<>(options("gold", "silver", "bronze"));
    changed.set(0, new PicklistOption("gold", changed.get(0).labels(), 1, false));

    service.updateField(
        "account", field("tier", FieldType.PICKLIST).options(changed).build(), AUTHOR);

    assertThat(metadata.entity("account").field("tier").orElseThrow().option("gold").active())
        .isFalse();
    assertThat(schema.values("t_account", "c_tier")).containsExactly("gold");
  }

  // ---- refused: data could be lost ----

  @Test
  void textCannotBecomeAnInteger() {
    givenAccountWith(field("code", FieldType.TEXT).build(), "42");

    RelataException refusal = refusedChange(field("code", FieldType.INTEGER).build());

    assertThat(refusal.getMessage())
        .isEqualTo(
            "Changing code from text to integer could lose"
                + " data, so it is not allowed. Add a new field of type integer instead.");
  }

  @Test
  void aDateCannotBecomeTextEvenThoughTextCouldHoldIt() {
    givenAccountWith(field("since", FieldType.DATE).build(), Date.valueOf("2026-01-31"));

    RelataException refusal = refusedChange(field("since", FieldType.TEXT).build());

    assertThat(refusal.getMessage()).contains("from date to text could lose data");
  }

  @Test
  void aBooleanCannotBecomeADate() {
    givenAccountWith(field("vip", FieldType.BOOLEAN).build(), true);

    RelataException refusal = refusedChange(field("vip", FieldType.DATE).build());

    assertThat(refusal.getMessage()).contains("from boolean to date");
  }

  @Test
  void anIntegerCannotBecomeText() {
    givenAccountWith(field("seats", FieldType.INTEGER).build(), 3L);

    refusedChange(field("seats", FieldType.TEXT).build());
  }

  @Test
  void textCannotBecomeAPicklistWhoseOptionsMightNotHoldItsValues() {
    givenAccountWith(field("tier", FieldType.TEXT).build(), "platinum");

    refusedChange(picklist("tier", "gold"));
  }

  @Test
  void aShorterTextIsRefusedWhileALongerValueIsStoredAndTheReasonCountsTheRecords() {
    givenAccountWith(field("note", FieldType.TEXT).build(), "this is longer than ten");

    RelataException refusal = refusedChange(field("note", FieldType.TEXT).length(10).build());

    assertThat(refusal.getMessage())
        .isEqualTo(
            "This change would lose data: some values of note"
                + " are longer than 10 characters (1 record). Fix those records first, or add a new"
                + " field.");
  }

  @Test
  void theReasonAndTheCountAreShownInChineseToAChineseReader() {
    givenAccountWith(field("note", FieldType.TEXT).build(), "this is longer than ten");

    RelataException refusal = refusedChange(field("note", FieldType.TEXT).length(10).build());

    assertThat(refusal.text().in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("此变更会导致数据丢失：note 的部分值超过 10 个字符（1 条记录）。请先修正这些记录，或添加一个新字段。");
  }

  @Test
  void aRefusedTypeChangeIsExplainedInChinese() {
    givenAccountWith(field("code", FieldType.TEXT).build(), "42");

    RelataException refusal = refusedChange(field("code", FieldType.INTEGER).build());

    assertThat(refusal.text().in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("将 code 从 text 改为 integer 可能导致数据丢失，因此不允许。请改为添加一个 integer 类型的新字段。");
  }

  @Test
  void anIntegerCannotBecomeADecimalTooSmallForAStoredValue() {
    givenAccountWith(field("seats", FieldType.INTEGER).build(), 123_456_789L);

    RelataException refusal = refusedChange(decimal("seats", 10, 2));

    assertThat(refusal.getMessage()).contains("have more than 8 digits");
  }

  @Test
  void aDecimalCannotLoseScaleAStoredValueUses() {
    givenAccountWith(decimal("amount", 10, 2), new BigDecimal("1.25"));

    RelataException refusal = refusedChange(decimal("amount", 10, 1));

    assertThat(refusal.getMessage()).contains("do not fit 10 digits with 1 decimal places");
  }

  @Test
  void aLookupCannotChangeItsTarget() {
    service.createEntity(entity("partner"), AUTHOR);
    givenAccountWith(lookup("parent", "account"), null);

    RelataException refusal = refusedChange(lookup("parent", "partner"));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("parent.target");
              assertThat(p.message()).contains("cannot change");
            });
  }

  @Test
  void aPicklistOptionCannotBeRemovedOnlySetInactive() {
    givenAccountWith(picklist("tier", "gold", "silver"), "silver");

    RelataException refusal = refusedChange(picklist("tier", "gold"));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("tier.options");
              assertThat(p.code()).isEqualTo("option_removed");
              assertThat(p.message()).contains("'silver'").contains("set it inactive instead");
            });
  }

  @Test
  void anImportThatWidensOneFieldAndNarrowsAnotherPastItsDataChangesNeitherColumn() {
    service.createEntity(entity("account", text("code", 10), text("note")), AUTHOR);
    schema.insertRecord("t_account", Map.of("c_name", "a", "c_note", "longer than five"));
    Map<String, String> columns = schema.columns("t_account");
    EntityDefinition file = entity("account", text("code", 500), text("note", 5));

    unprocessable(() -> service.importDefinitions(List.of(file), AUTHOR));

    assertThat(schema.columns("t_account")).isEqualTo(columns);
  }

  private static FieldDefinition decimal(String name, int precision, int scale) {
    return field(name, FieldType.DECIMAL).precision(precision).scale(scale).build();
  }

  /** An entity {@code account} with the field, and one row holding the value (or none). */
  private void givenAccountWith(FieldDefinition field, Object value) {
    service.createEntity(entity("account", field), AUTHOR);
    if (value != null) {
      schema.insertRecord("t_account", Map.of("c_name", "first", "c_" + field.name(), value));
    }
  }

  /** Asserts the change is refused with 422 and nothing changed: definition, column, data. */
  private RelataException refusedChange(FieldDefinition changed) {
    EntityDefinition before = metadata.entity("account");
    Map<String, String> columns = schema.columns("t_account");
    List<Object> values = schema.values("t_account", "c_" + changed.name());
    long revisions = service.countRevisions("account");

    RelataException refusal = unprocessable(() -> service.updateField("account", changed, AUTHOR));

    assertThat(refusal.problems())
        .allSatisfy(p -> assertThat(p.code()).isIn("type_change", "option_removed"));
    assertThat(metadata.entity("account")).isEqualTo(before);
    assertThat(schema.columns("t_account")).isEqualTo(columns);
    assertThat(schema.values("t_account", "c_" + changed.name())).isEqualTo(values);
    assertThat(service.countRevisions("account")).isEqualTo(revisions);
    return refusal;
  }
}
