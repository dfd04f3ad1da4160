package dev.relata.platform.records;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Create, read, update, delete, restore and history of records, standard and custom. */
class RecordLifecycleTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aCreatedRecordCarriesItsValuesAndEverySystemField() {
    Instant before = Instant.now().minusSeconds(1);

    Map<String, Object> created =
        records.create(
            "customer",
            Values.of("name", "Acme", "level", "A", "annual_revenue", new BigDecimal("1200.5")),
            admin);

    assertThat(created.get("id")).isInstanceOf(Long.class);
    assertThat(created)
        .containsEntry("name", "Acme")
        .containsEntry("level", "A")
        .containsEntry("owner", admin.userId())
        .containsEntry("createdBy", admin.userId())
        .containsEntry("updatedBy", admin.userId())
        .containsEntry("version", 1L)
        .containsEntry("email", null);
    assertThat((BigDecimal) created.get("annual_revenue")).isEqualByComparingTo("1200.50");
    assertThat((Instant) created.get("createdAt"))
        .isAfter(before)
        .isEqualTo(created.get("updatedAt"));
    assertThat(records.get("customer", (Long) created.get("id"), admin)).isEqualTo(created);
  }

  @Test
  void anUpdateChangesOnlyTheGivenFieldsBumpsTheVersionAndRecordsWhoAndWhen() {
    Map<String, Object> created =
        records.create("customer", Values.of("name", "Acme", "level", "A"), admin);
    Actor other = otherUser();

    Map<String, Object> updated =
        records.update("customer", id(created), Values.of("level", "B"), 1L, other);

    assertThat(updated)
        .containsEntry("name", "Acme")
        .containsEntry("level", "B")
        .containsEntry("version", 2L)
        .containsEntry("updatedBy", other.userId())
        .containsEntry("createdBy", admin.userId())
        .containsEntry("owner", admin.userId());
    assertThat((Instant) updated.get("updatedAt"))
        .isAfterOrEqualTo((Instant) created.get("updatedAt"));
    assertThat(updated.get("createdAt")).isEqualTo(created.get("createdAt"));
  }

  @Test
  void theOwnerCanBeGivenOnCreateAndChangedOnUpdate() {
    Actor other = otherUser();

    Map<String, Object> created =
        records.create("customer", Values.of("name", "Acme", "owner", other.userId()), admin);
    Map<String, Object> updated =
        records.update("customer", id(created), Values.of("owner", admin.userId()), 1L, admin);

    assertThat(created).containsEntry("owner", other.userId());
    assertThat(updated).containsEntry("owner", admin.userId());
  }

  @Test
  void aDeletedRecordIsGoneFromReadsAndListsButInTheRecycleBinUntilRestored() {
    long id = id(records.create("customer", Values.of("name", "Acme"), admin));

    records.delete("customer", id, admin);

    refused(ErrorKind.NOT_FOUND, () -> records.get("customer", id, admin));
    assertThat(records.list("customer", RecordQuery.of(null, null, 0, 10), admin).total()).isZero();
    assertThat(
            records
                .list("customer", RecordQuery.of(null, null, 0, 10).inRecycleBin(), admin)
                .items())
        .extracting(r -> r.get("id"))
        .containsExactly(id);
    refused(ErrorKind.NOT_FOUND, () -> records.delete("customer", id, admin));

    Map<String, Object> restored = records.restore("customer", id, admin);

    assertThat(restored).containsEntry("name", "Acme").containsEntry("version", 3L);
    assertThat(records.get("customer", id, admin)).isEqualTo(restored);
    refused(ErrorKind.NOT_FOUND, () -> records.restore("customer", id, admin));
  }

  @Test
  void historyListsCreateEachChangedFieldWithOldAndNewValueDeleteAndRestoreNewestFirst() {
    long id = id(records.create("customer", Values.of("name", "Acme", "level", "A"), admin));
    records.update(
        "customer", id, Values.of("level", "B", "name", "Acme", "annual_revenue", 10), 1L, admin);
    records.delete("customer", id, admin);
    records.restore("customer", id, admin);

    List<FieldChange> history = records.history("customer", id, admin);

    assertThat(history)
        .extracting(c -> c.kind() + " " + c.field() + " " + c.oldValue() + " " + c.newValue())
        .containsExactly(
            "restore null null null",
            "delete null null null",
            "update annual_revenue null 10.00",
            "update level A B",
            "create null null null");
    assertThat(history)
        .allSatisfy(
            c -> {
              assertThat(c.changedBy()).isEqualTo(admin.userId());
              assertThat(c.changedByName()).isEqualTo("Administrator");
              assertThat(c.changedAt()).isNotNull();
            });
  }

  @Test
  void historyOfARecordInTheRecycleBinIsReadableButOfAMissingRecordIsNotFound() {
    long id = id(records.create("customer", Values.of("name", "Acme"), admin));
    records.delete("customer", id, admin);

    assertThat(records.history("customer", id, admin)).hasSize(2);
    refused(ErrorKind.NOT_FOUND, () -> records.history("customer", id + 1000, admin));
  }

  @Test
  void unknownRecordsAndEntitiesAreNotFound() {
    refused(ErrorKind.NOT_FOUND, () -> records.get("customer", 12345, admin));
    refused(
        ErrorKind.NOT_FOUND,
        () -> records.update("customer", 12345, Values.of("name", "x"), 1L, admin));
    var refusal = refused(ErrorKind.NOT_FOUND, () -> records.get("nothing", 1, admin));
    assertThat(refusal.getMessage()).isEqualTo("There is no entity named 'nothing'.");
  }

  @Test
  void autonumbersFollowTheirPatternAndNeverRepeat() {
    long customer = id(records.create("customer", Values.of("name", "Acme"), admin));
    Set<Object> numbers = new HashSet<>();

    for (int i = 1; i <= 12; i++) {
      Map<String, Object> contract =
          records.create("contract", Values.of("customer", customer), admin);
      assertThat(contract.get("contract_no")).isEqualTo(String.format("CT-%05d", i));
      numbers.add(contract.get("contract_no"));
    }

    assertThat(numbers).hasSize(12);
  }

  @Test
  void anAutonumberCannotBeWritten() {
    long customer = id(records.create("customer", Values.of("name", "Acme"), admin));

    var refusal =
        refused(
            ErrorKind.UNPROCESSABLE,
            () ->
                records.create(
                    "contract", Values.of("customer", customer, "contract_no", "CT-99999"), admin));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("read_only"));
  }

  @Test
  void defaultsApplyWhenAFieldIsNotGivenButNotWhenItIsGivenOrCleared() {
    long customer = id(records.create("customer", Values.of("name", "Acme"), admin));

    Map<String, Object> defaulted =
        records.create("contract", Values.of("customer", customer), admin);
    Map<String, Object> given =
        records.create("contract", Values.of("customer", customer, "status", "active"), admin);
    Map<String, Object> cleared =
        records.create("contract", Values.of("customer", customer, "status", null), admin);

    assertThat(defaulted).containsEntry("status", "draft");
    assertThat(given).containsEntry("status", "active");
    assertThat(cleared).containsEntry("status", null);
  }

  @Test
  void aCustomEntityWithEveryFieldTypeRoundTripsItsValues() {
    relata
        .metadata()
        .createEntity(
            entity(
                "gadget",
                field("notes", FieldType.LONGTEXT).build(),
                field("units", FieldType.INTEGER).defaultValue("3").build(),
                field("weight", FieldType.DECIMAL).precision(12).scale(3).build(),
                field("launched", FieldType.DATE).build(),
                field("checked_at", FieldType.DATETIME).build(),
                field("active", FieldType.BOOLEAN).defaultValue("true").build(),
                field("colours", FieldType.MULTIPICKLIST)
                    .options(
                        dev.relata.metadata.testing.Definitions.options("red", "green", "blue"))
                    .build(),
                field("site", FieldType.URL).build(),
                field("engineer", FieldType.USER).build(),
                field("customer", FieldType.LOOKUP).target("customer").build()),
            "test");
    long customer = id(records.create("customer", Values.of("name", "Acme"), admin));

    Map<String, Object> created =
        records.create(
            "gadget",
            Values.of(
                "name",
                "Widget",
                "notes",
                "多行\ntext",
                "weight",
                new BigDecimal("1.5"),
                "launched",
                "2026-01-31",
                "checked_at",
                "2026-01-31T09:30:00+02:00",
                "colours",
                List.of("blue", "red"),
                "site",
                "https://example.com/x",
                "engineer",
                admin.userId(),
                "customer",
                customer),
            admin);

    assertThat(records.get("gadget", id(created), admin))
        .containsEntry("notes", "多行\ntext")
        .containsEntry("units", 3L)
        .containsEntry("launched", LocalDate.of(2026, 1, 31))
        .containsEntry("checked_at", Instant.parse("2026-01-31T07:30:00Z"))
        .containsEntry("active", true)
        .containsEntry("colours", List.of("red", "blue"))
        .containsEntry("site", "https://example.com/x")
        .containsEntry("engineer", admin.userId())
        .containsEntry("customer", customer);
    assertThat((BigDecimal) created.get("weight")).isEqualByComparingTo("1.500");
  }

  @Test
  void aFieldAddedToAnEntityCanBeWrittenAtOnce() {
    records.create("customer", Values.of("name", "Written before the change"), admin);
    relata.metadata().addField("customer", field("nickname", FieldType.TEXT).build(), "test");

    Map<String, Object> created =
        records.create("customer", Values.of("name", "Acme", "nickname", "Ac"), admin);

    assertThat(records.get("customer", id(created), admin)).containsEntry("nickname", "Ac");
  }

  /** A second administrator: another user who may change every record. */
  private Actor otherUser() {
    return IdentityService.actor(
        relata.identity().createUser("grace", "Grace Hopper", null, "another long password", true));
  }

  private static long id(Map<String, Object> record) {
    return (Long) record.get("id");
  }
}
