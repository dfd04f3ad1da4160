package dev.relata.platform.customize;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.store.Revision;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.records.RecordQuery;
import dev.relata.platform.records.RecordService;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Metadata changes never lose record data: a deleted field's values come back with it, and a
 * rolled-back field addition keeps the values written since.
 */
class FieldDataLifecycleTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final ObjectManager objects = relata.objectManager();
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aDeletedFieldDisappearsFromRecordsAndItsValuesComeBackWhenRestored() {
    long id =
        (Long)
            records
                .create("customer", Values.of("name", "Acme", "website", "https://acme.com"), admin)
                .get("id");

    objects.deleteField(admin, "customer", "website");

    assertThat(records.get("customer", id, admin)).doesNotContainKey("website");
    assertThat(relata.objectManager().catalog().require("customer").field("website"))
        .hasValueSatisfying(f -> assertThat(f.deleted()).isTrue());

    objects.restoreField(admin, "customer", "website");

    assertThat(records.get("customer", id, admin)).containsEntry("website", "https://acme.com");
  }

  @Test
  void aDeletedFieldCannotBeFilteredOrSortedBy() {
    objects.deleteField(admin, "customer", "website");

    refused(
        ErrorKind.BAD_REQUEST,
        () -> records.list("customer", RecordQuery.of("website eq 'x'", null, 0, 10), admin));
    refused(
        ErrorKind.BAD_REQUEST,
        () -> records.list("customer", RecordQuery.of(null, "website", 0, 10), admin));
  }

  @Test
  void
      rollingBackAFieldAdditionAfterDataWasWrittenKeepsTheDataAndRollingBackTheRollbackRestoresIt() {
    objects.addField(
        admin,
        "customer",
        field("nickname", FieldType.TEXT)
            .labels(dev.relata.metadata.model.Labels.of("Nickname"))
            .build());
    long addition = newestRevision("customer").id();
    long id =
        (Long)
            records
                .create("customer", Values.of("name", "Acme", "nickname", "Ac"), admin)
                .get("id");

    objects.rollback(admin, addition);

    assertThat(objects.catalog().require("customer").activeField("nickname")).isEmpty();
    assertThat(objects.catalog().require("customer").field("nickname"))
        .hasValueSatisfying(f -> assertThat(f.deleted()).isTrue());
    assertThat(records.get("customer", id, admin))
        .doesNotContainKey("nickname")
        .containsEntry("name", "Acme");
    Revision rollback = newestRevision("customer");
    assertThat(rollback.action()).isEqualTo("rollback");
    assertThat(rollback.author()).isEqualTo("admin");

    objects.rollback(admin, rollback.id());

    assertThat(objects.catalog().require("customer").activeField("nickname")).isPresent();
    assertThat(records.get("customer", id, admin)).containsEntry("nickname", "Ac");
  }

  @Test
  void rollingBackAnEntitysCreationHidesItsRecordsAndRollingThatBackShowsThemAgain() {
    objects.createEntity(admin, entity("gadget"));
    long creation = newestRevision("gadget").id();
    long id = (Long) records.create("gadget", Values.of("name", "g"), admin).get("id");

    objects.rollback(admin, creation);

    refused(ErrorKind.NOT_FOUND, () -> records.get("gadget", id, admin));
    objects.rollback(admin, newestRevision("gadget").id());
    assertThat(records.get("gadget", id, admin)).containsEntry("name", "g");
  }

  @Test
  void onlyAdministratorsChangeMetadata() {
    Actor user =
        IdentityService.actor(
            relata.identity().createUser("grace", "Grace", null, "another long password", false));

    refused(
        ErrorKind.FORBIDDEN,
        () -> objects.addField(user, "customer", field("nickname", FieldType.TEXT).build()));
    refused(ErrorKind.FORBIDDEN, () -> objects.deleteField(user, "customer", "website"));
    refused(ErrorKind.FORBIDDEN, () -> objects.export(user));
    assertThat(objects.catalog().require("customer").activeField("website")).isPresent();
  }

  @Test
  void physicalNamesInADraftAreRefused() {
    refused(
        ErrorKind.BAD_REQUEST,
        () ->
            objects.addField(
                admin, "customer", field("nickname", FieldType.TEXT).column("c_name").build()));
    refused(
        ErrorKind.BAD_REQUEST,
        () -> objects.createEntity(admin, entity("gadget").withTable("app_user")));
  }

  private Revision newestRevision(String entity) {
    return objects.revisions(admin, entity, 0, 1).get(0);
  }
}
