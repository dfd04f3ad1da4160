package dev.relata.platform.records;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input is a 422 listing each invalid field with a code and a message, and nothing is written:
 * no record, no history.
 */
class RecordValidationTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aMissingRequiredFieldIsReported() {
    assertThat(refusedCreate("customer", Values.of("level", "A")))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(tuple("name", "required", "name is required."));
  }

  @Test
  void clearingARequiredFieldOnUpdateIsReported() {
    long id = customer("Acme");

    RelataException refusal =
        unprocessable(() -> records.update("customer", id, Values.of("name", ""), 1L, admin));

    assertThat(refusal.problems()).extracting(FieldProblem::code).containsExactly("required");
    assertThat(records.get("customer", id, admin)).containsEntry("name", "Acme");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    List<FieldProblem> problems =
        refusedCreate(
            "customer", Values.of("level", "Z", "email", "not-an-email", "annual_revenue", "lots"));

    assertThat(problems)
        .extracting(p -> p.field() + " " + p.code())
        .containsExactlyInAnyOrder(
            "level picklist", "email format", "annual_revenue type", "name required");
  }

  @Test
  void valuesOfTheWrongJsonTypeAreTypeErrorsNotGuesses() {
    givenGadget();

    assertThat(refusedCreate("gadget", Values.of("name", "g", "units", "5")))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(tuple("units", "type", "units must be a whole number."));
    assertThat(refusedCreate("gadget", Values.of("name", 5)))
        .extracting(FieldProblem::message)
        .containsExactly("name must be text.");
    assertThat(refusedCreate("gadget", Values.of("name", Map.of("en", "g"))))
        .extracting(FieldProblem::code)
        .containsExactly("type");
    assertThat(refusedCreate("gadget", Values.of("name", "g", "size", List.of("s"))))
        .extracting(FieldProblem::code)
        .containsExactly("type");
    assertThat(refusedCreate("gadget", Values.of("name", "g", "active", "true")))
        .extracting(FieldProblem::message)
        .containsExactly("active must be true or false.");
    assertThat(refusedCreate("gadget", Values.of("name", "g", "launched", 20260131)))
        .extracting(FieldProblem::code)
        .containsExactly("type");
    assertThat(refusedCreate("gadget", Values.of("name", "g", "colours", "red")))
        .extracting(FieldProblem::code)
        .containsExactly("type");
    assertThat(refusedCreate("gadget", Values.of("name", "g", "units", 1.5)))
        .extracting(FieldProblem::code)
        .containsExactly("out_of_range");
  }

  @Test
  void anIntegerBeyondTheRangeOfALongIsRefused() {
    givenGadget();

    assertThat(
            refusedCreate(
                "gadget", Values.of("name", "g", "units", new BigInteger("9223372036854775808"))))
        .extracting(FieldProblem::code)
        .containsExactly("out_of_range");
  }

  @Test
  void invalidDatesAreRefused() {
    givenGadget();

    assertThat(refusedCreate("gadget", Values.of("name", "g", "launched", "2026-02-30")))
        .extracting(FieldProblem::message)
        .containsExactly("launched must be a date like 2026-01-31.");
  }

  @Test
  void textOneCharacterLongerThanItsLengthIsRefusedAndExactlyItsLengthIsAccepted() {
    assertThat(refusedCreate("customer", Values.of("name", "x".repeat(256))))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            tuple("name", "too_long", "name is limited to 255 characters; this value has 256."));
    assertThat(records.create("customer", Values.of("name", "x".repeat(255)), admin))
        .containsEntry("name", "x".repeat(255));
  }

  @Test
  void aOneMegabyteStringIsRefusedWithoutEchoingIt() {
    List<FieldProblem> problems =
        refusedCreate("customer", Values.of("name", "x".repeat(1_048_576)));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("too_long");
              assertThat(p.message()).hasSizeLessThan(200);
            });
  }

  @Test
  void chineseTextFillsItsFieldExactly() {
    String chinese = "客".repeat(255);

    Map<String, Object> created = records.create("customer", Values.of("name", chinese), admin);

    assertThat(records.get("customer", (Long) created.get("id"), admin))
        .containsEntry("name", chinese);
    assertThat(refusedCreate("customer", Values.of("name", chinese + "户")))
        .extracting(FieldProblem::code)
        .containsExactly("too_long");
  }

  @Test
  void anEmojiCountsAsTwoCharactersSoThatEveryAcceptedValueFitsBothDatabases() {
    relata
        .metadata()
        .addField("customer", field("mood", FieldType.TEXT).length(10).build(), "test");
    String fiveEmoji = "😀".repeat(5);

    Map<String, Object> created =
        records.create("customer", Values.of("name", "c", "mood", fiveEmoji), admin);

    assertThat(records.get("customer", (Long) created.get("id"), admin))
        .containsEntry("mood", fiveEmoji);
    assertThat(refusedCreate("customer", Values.of("name", "c", "mood", fiveEmoji + "😀")))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            tuple(
                "mood",
                "too_long",
                "mood is limited to 10 characters;"
                    + " this value has 12 (emoji and other rare characters count as two)."));
  }

  @Test
  void malformedEmailsWebAddressesAndPhoneNumbersAreRefused() {
    for (String email : List.of("plainaddress", "a@", "@example.com", "a b@example.com")) {
      assertThat(refusedCreate("customer", Values.of("name", "c", "email", email)))
          .extracting(FieldProblem::code)
          .as(email)
          .containsExactly("format");
    }
    for (String url :
        List.of("example.com", "ftp://example.com", "javascript:alert(1)", "http://")) {
      assertThat(refusedCreate("customer", Values.of("name", "c", "website", url)))
          .extracting(FieldProblem::code)
          .as(url)
          .containsExactly("format");
    }
    for (String phone : List.of("call me", "12", "+", "555-CALL")) {
      assertThat(refusedCreate("customer", Values.of("name", "c", "phone", phone)))
          .extracting(FieldProblem::code)
          .as(phone)
          .containsExactly("format");
    }
  }

  @Test
  void wellFormedEmailsWebAddressesAndPhoneNumbersAreStoredTrimmed() {
    Map<String, Object> created =
        records.create(
            "customer",
            Values.of(
                "name",
                "c",
                "email",
                " ada@example.com ",
                "website",
                "https://example.com/a?b=c",
                "phone",
                "+86 (10) 1234-5678 ext. 12"),
            admin);

    assertThat(created)
        .containsEntry("email", "ada@example.com")
        .containsEntry("website", "https://example.com/a?b=c")
        .containsEntry("phone", "+86 (10) 1234-5678 ext. 12");
  }

  @Test
  void aPicklistValueThatIsNoOptionIsRefusedNamingTheActiveOptions() {
    assertThat(refusedCreate("customer", Values.of("name", "c", "level", "a")))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            tuple("level", "picklist", "'a' is not an option of level; choose one of [A, B, C]."));
  }

  @Test
  void anInactiveOptionIsRefusedOnCreateButKeptOnUpdatesOfTheSameRecord() {
    long id = customer("Acme", "level", "C");
    relata
        .metadata()
        .updateField(
            "customer",
            field("level", FieldType.PICKLIST)
                .options(
                    List.of(
                        new PicklistOption("A", Labels.of("A"), 1, true),
                        new PicklistOption("B", Labels.of("B"), 2, true),
                        new PicklistOption("C", Labels.of("C"), 3, false)))
                .build(),
            "test");

    assertThat(refusedCreate("customer", Values.of("name", "new", "level", "C")))
        .extracting(FieldProblem::message)
        .containsExactly("'C' is not an option of level; choose one of [A, B].");
    Map<String, Object> updated =
        records.update("customer", id, Values.of("name", "Acme Ltd", "level", "C"), 1L, admin);
    assertThat(updated).containsEntry("level", "C");
    records.update("customer", id, Values.of("level", "B"), 2L, admin);
    RelataException back =
        unprocessable(() -> records.update("customer", id, Values.of("level", "C"), 3L, admin));
    assertThat(back.problems()).extracting(FieldProblem::code).containsExactly("picklist");
  }

  @Test
  void multipicklistValuesMustAllBeOptionsAndAreStoredInOptionOrder() {
    givenGadget();

    assertThat(refusedCreate("gadget", Values.of("name", "g", "colours", List.of("red", "pink"))))
        .extracting(FieldProblem::code)
        .containsExactly("picklist");
    assertThat(refusedCreate("gadget", Values.of("name", "g", "colours", List.of("red", 3))))
        .extracting(FieldProblem::code)
        .containsExactly("type");
    assertThat(
            records.create(
                "gadget", Values.of("name", "g", "colours", List.of("blue", "red", "blue")), admin))
        .containsEntry("colours", List.of("red", "blue"));
  }

  @Test
  void decimalsBeyondTheirScaleOrPrecisionAreRefused() {
    givenGadget();

    assertThat(refusedCreate("gadget", Values.of("name", "g", "weight", new BigDecimal("1.2345"))))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            tuple("weight", "out_of_range", "weight allows at most 3 decimal places."));
    assertThat(
            refusedCreate("gadget", Values.of("name", "g", "weight", new BigDecimal("1000000000"))))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            tuple(
                "weight",
                "out_of_range",
                "weight allows at most 9 digits before the decimal point."));
    assertThat(
            records
                .create(
                    "gadget",
                    Values.of("name", "g", "weight", new BigDecimal("999999999.999")),
                    admin)
                .get("weight"))
        .isEqualTo(new BigDecimal("999999999.999"));
    assertThat(
            records
                .create("gadget", Values.of("name", "h", "weight", new BigDecimal("1.5000")), admin)
                .get("weight"))
        .isEqualTo(new BigDecimal("1.500"));
  }

  @Test
  void aUniqueValueTakenByAnotherRecordEvenInTheRecycleBinIsRefused() {
    givenGadget();
    Map<String, Object> first =
        records.create("gadget", Values.of("name", "g", "code", "X1"), admin);

    assertThat(refusedCreate("gadget", Values.of("name", "h", "code", "X1")))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "unique"));
    records.delete("gadget", (Long) first.get("id"), admin);
    assertThat(refusedCreate("gadget", Values.of("name", "h", "code", "X1")))
        .extracting(FieldProblem::code)
        .containsExactly("unique");
  }

  @Test
  void aRecordKeepingItsOwnUniqueValueOnUpdateIsNoViolation() {
    givenGadget();
    long id =
        (Long) records.create("gadget", Values.of("name", "g", "code", "X1"), admin).get("id");

    assertThat(records.update("gadget", id, Values.of("code", "X1", "name", "h"), 1L, admin))
        .containsEntry("name", "h");
  }

  @Test
  void aLookupToAMissingRecordIsRefused() {
    assertThat(refusedCreate("opportunity", Values.of("name", "Deal", "customer", 999_999)))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(tuple("customer", "lookup", "There is no customer with id 999999."));
    assertThat(refusedCreate("opportunity", Values.of("name", "Deal", "customer", -1)))
        .extracting(FieldProblem::code)
        .containsExactly("lookup");
    assertThat(refusedCreate("opportunity", Values.of("name", "Deal", "customer", "1")))
        .extracting(FieldProblem::code)
        .containsExactly("type");
  }

  @Test
  void aLookupToARecordInTheRecycleBinIsRefused() {
    long customer = customer("Acme");
    records.delete("customer", customer, admin);

    assertThat(refusedCreate("opportunity", Values.of("name", "Deal", "customer", customer)))
        .extracting(FieldProblem::code)
        .containsExactly("lookup");
  }

  @Test
  void aUserFieldOrOwnerThatIsNoUserIsRefused() {
    assertThat(refusedCreate("customer", Values.of("name", "c", "owner", 999_999)))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("owner", "lookup"));
    assertThat(refusedCreate("customer", Values.of("name", "c", "owner", null)))
        .extracting(FieldProblem::code)
        .containsExactly("required");
  }

  @Test
  void unknownFieldsAreRefusedNotIgnored() {
    assertThat(refusedCreate("customer", Values.of("name", "c", "nickname", "x")))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            tuple("nickname", "unknown_field", "'nickname' is not a field of customer."));
    long id = customer("Acme");
    RelataException refusal =
        unprocessable(() -> records.update("customer", id, Values.of("Name", "x"), 1L, admin));
    assertThat(refusal.problems()).extracting(FieldProblem::code).containsExactly("unknown_field");
  }

  @Test
  void aDeletedFieldIsUnknownToWrites() {
    relata.metadata().deleteField("customer", "website", "test");

    assertThat(refusedCreate("customer", Values.of("name", "c", "website", "https://example.com")))
        .extracting(FieldProblem::code)
        .containsExactly("unknown_field");
  }

  @Test
  void systemFieldsCannotBeWritten() {
    assertThat(
            refusedCreate(
                "customer",
                Values.of(
                    "name",
                    "c",
                    "id",
                    5,
                    "createdAt",
                    "2020-01-01T00:00:00Z",
                    "version",
                    1,
                    "updatedBy",
                    1)))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "read_only"),
            org.assertj.core.groups.Tuple.tuple("createdAt", "read_only"),
            org.assertj.core.groups.Tuple.tuple("version", "read_only"),
            org.assertj.core.groups.Tuple.tuple("updatedBy", "read_only"));
  }

  @Test
  void aRefusedWriteChangesNothing() {
    long id = customer("Acme", "level", "A");
    Map<String, Object> before = records.get("customer", id, admin);
    List<FieldChange> history = records.history("customer", id, admin);

    unprocessable(
        () -> records.update("customer", id, Values.of("level", "B", "email", "bad"), 1L, admin));

    assertThat(records.get("customer", id, admin)).isEqualTo(before);
    assertThat(records.history("customer", id, admin)).isEqualTo(history);
    assertThat(records.list("customer", RecordQuery.of(null, null, 0, 10), admin).total())
        .isEqualTo(1);
  }

  private void givenGadget() {
    relata
        .metadata()
        .createEntity(
            entity(
                "gadget",
                field("units", FieldType.INTEGER).build(),
                field("weight", FieldType.DECIMAL).precision(12).scale(3).build(),
                field("launched", FieldType.DATE).build(),
                field("active", FieldType.BOOLEAN).build(),
                field("code", FieldType.TEXT).length(20).unique(true).build(),
                field("size", FieldType.PICKLIST)
                    .options(dev.relata.metadata.testing.Definitions.options("s", "m"))
                    .build(),
                field("colours", FieldType.MULTIPICKLIST)
                    .options(
                        dev.relata.metadata.testing.Definitions.options("red", "green", "blue"))
                    .build()),
            "test");
  }

  private long customer(String name, Object... more) {
    Map<String, Object> values = Values.of(more);
    values.put("name", name);
    return (Long) records.create("customer", values, admin).get("id");
  }

  /** Asserts the create is refused with 422 and writes nothing; returns the field problems. */
  private List<FieldProblem> refusedCreate(String entity, Map<String, Object> values) {
    long before = records.list(entity, RecordQuery.of(null, null, 0, 1), admin).total();
    RelataException refusal = unprocessable(() -> records.create(entity, values, admin));
    assertThat(records.list(entity, RecordQuery.of(null, null, 0, 1), admin).total())
        .isEqualTo(before);
    return refusal.problems();
  }
}
