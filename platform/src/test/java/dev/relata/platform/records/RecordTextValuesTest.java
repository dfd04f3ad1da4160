package dev.relata.platform.records;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text values, as every write path hands them to the record service: stored without surrounding
 * white space; a required text of spaces only is missing; control characters (but tab and line feed
 * in long text) and halves of UTF-16 pairs are refused naming the field, and nothing is written. On
 * PostgreSQL a NUL would otherwise fail the whole statement.
 */
class RecordTextValuesTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ac\u0000me", "Acme\u0007", "\u001b[31mAcme", "Ac\u007fme", "A\u0085"})
  void aControlCharacterIsRefusedOnItsFieldAndNothingIsWritten(String name) {
    long before = customers();

    List<FieldProblem> problems = refusedCreate(Values.of("name", name));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("name");
              assertThat(p.code()).isEqualTo("invalid_character");
              assertThat(p.message()).startsWith("name holds a control character (U+00");
            });
    assertThat(customers()).isEqualTo(before);
  }

  @Test
  void aControlCharacterIsRefusedOnUpdateAndTheRecordKeepsItsValue() {
    long id = create(Values.of("name", "Acme"));

    var refusal =
        unprocessable(
            () -> records.update("customer", id, Values.of("name", "Ac\u0000me"), 1L, admin));

    assertThat(refusal.problems())
        .extracting(FieldProblem::code)
        .containsExactly("invalid_character");
    assertThat(records.get("customer", id, admin))
        .containsEntry("name", "Acme")
        .containsEntry("version", 1L);
    assertThat(records.history("customer", id, admin)).hasSize(1);
  }

  @Test
  void aLoneHalfOfAUtf16PairIsRefusedAndWholePairsAreStoredExactly() {
    assertThat(refusedCreate(Values.of("name", "x\ud800y")))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(Tuple.tuple("name", "invalid_character"));
    assertThat(refusedCreate(Values.of("name", "x\udc00")))
        .extracting(FieldProblem::code)
        .containsExactly("invalid_character");

    long id = create(Values.of("name", "客户 😀 Ünïcödé"));

    assertThat(records.get("customer", id, admin)).containsEntry("name", "客户 😀 Ünïcödé");
  }

  @Test
  void aRequiredTextOfSpacesOnlyIsMissing() {
    assertThat(refusedCreate(Values.of("name", " \t  ")))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(tuple("name", "required", "name is required."));
    long id = create(Values.of("name", "Acme"));

    var refusal =
        unprocessable(() -> records.update("customer", id, Values.of("name", "   "), 1L, admin));

    assertThat(refusal.problems()).extracting(FieldProblem::code).containsExactly("required");
    assertThat(records.get("customer", id, admin)).containsEntry("name", "Acme");
  }

  @Test
  void anOptionalTextOfSpacesOnlyIsStoredAsNoValue() {
    givenGadget();

    Map<String, Object> created =
        records.create("gadget", Values.of("name", "g", "code", "   "), admin);

    assertThat(created).containsEntry("code", null);
  }

  @Test
  void surroundingSpacesAreNotStoredOnCreateOrUpdateNorInTheHistory() {
    long id = create(Values.of("name", "  Acme Ltd  "));
    assertThat(records.get("customer", id, admin)).containsEntry("name", "Acme Ltd");

    records.update("customer", id, Values.of("name", "\tAcme Group \n"), 1L, admin);

    assertThat(records.get("customer", id, admin)).containsEntry("name", "Acme Group");
    assertThat(records.history("customer", id, admin))
        .filteredOn(c -> "name".equals(c.field()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.oldValue()).isEqualTo("Acme Ltd");
              assertThat(c.newValue()).isEqualTo("Acme Group");
            });
  }

  @Test
  void theLengthLimitAppliesToTheTrimmedText() {
    givenGadget();

    Map<String, Object> created =
        records.create("gadget", Values.of("name", "g", "code", "   abcde   "), admin);

    assertThat(created).containsEntry("code", "abcde");
  }

  @Test
  void uniquenessComparesTrimmedTexts() {
    givenGadget();
    records.create("gadget", Values.of("name", "g", "code", "A1"), admin);

    assertThat(
            unprocessable(
                    () -> records.create("gadget", Values.of("name", "h", "code", " A1 "), admin))
                .problems())
        .extracting(FieldProblem::code)
        .containsExactly("unique");
  }

  @Test
  void longTextKeepsTabsAndLineBreaksAsLineFeeds() {
    givenGadget();

    Map<String, Object> created =
        records.create(
            "gadget", Values.of("name", "g", "notes", "  line one\r\n\tline two\rthree  "), admin);

    assertThat(records.get("gadget", (Long) created.get("id"), admin))
        .containsEntry("notes", "line one\n\tline two\nthree");
  }

  @Test
  void aSingleLineTextRefusesTabsAndLineBreaksInside() {
    assertThat(refusedCreate(Values.of("name", "Acme\nLtd")))
        .extracting(FieldProblem::code)
        .containsExactly("invalid_character");
    assertThat(refusedCreate(Values.of("name", "Acme\tLtd")))
        .extracting(FieldProblem::message)
        .containsExactly(
            "name holds a control character (U+0009) at character 5; remove it (this text is a"
                + " single line).");
  }

  @Test
  void emailsPhonesAndWebAddressesAreCheckedForControlCharactersBeforeTheirFormat() {
    assertThat(refusedCreate(Values.of("name", "c", "email", "ada@exam\u0000ple.com")))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(Tuple.tuple("email", "invalid_character"));
    assertThat(create(Values.of("name", "c", "email", "   ", "phone", " "))).isPositive();
  }

  @Test
  void aLockedUserMayOwnRecordsAsTheUserListOffersThem() {
    long rep =
        relata.identity().createUser("rep", "Rep", null, "a long enough passphrase 42", false).id();
    relata
        .database()
        .execute(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("UPDATE app_user SET status = 'locked' WHERE id = ?")) {
                ps.setLong(1, rep);
                ps.executeUpdate();
              }
            });

    assertThat(relata.identity().searchUsers("rep", 10)).extracting(u -> u.id()).contains(rep);
    long id = create(Values.of("name", "Acme", "owner", rep));
    assertThat(records.get("customer", id, admin)).containsEntry("owner", rep);
  }

  private void givenGadget() {
    relata
        .metadata()
        .createEntity(
            entity(
                "gadget",
                field("code", FieldType.TEXT).length(5).unique(true).build(),
                field("notes", FieldType.LONGTEXT).build()),
            "test");
  }

  private long create(Map<String, Object> values) {
    return (Long) records.create("customer", values, admin).get("id");
  }

  private long customers() {
    return records
        .list("customer", RecordQuery.of(null, null, 0, 1).withExactTotal(), admin)
        .total();
  }

  private List<FieldProblem> refusedCreate(Map<String, Object> values) {
    return unprocessable(() -> records.create("customer", values, admin)).problems();
  }
}
