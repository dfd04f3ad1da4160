package dev.relata.metadata.catalog;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.text;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.files.DefinitionDiff;
import dev.relata.metadata.files.DefinitionDiff.Change;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.store.Revision;
import dev.relata.metadata.testing.TestMetadata;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every metadata change is a revision: who, what, before and after; and it can be rolled back. */
class RevisionsTest {
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();

  @AfterEach
  void close() {
    metadata.close();
  }

  @Test
  void everyKindOfChangeWritesExactlyOneRevisionWithAuthorActionBeforeAndAfter() {
    service.createEntity(entity("account"), "ada");
    assertNewestRevision("ada", "create_entity", 1);
    service.addField("account", text("note"), "grace");
    assertNewestRevision("grace", "add_field", 2);
    service.updateField("account", text("note", 500), "linus");
    assertNewestRevision("linus", "update_field", 3);
    service.deleteField("account", "note", "ada");
    assertNewestRevision("ada", "delete_field", 4);
    service.restoreField("account", "note", "ada");
    assertNewestRevision("ada", "restore_field", 5);
    service.updateEntity("account", Labels.of("Client", "客户"), null, null, "ada");
    assertNewestRevision("ada", "update_entity", 6);
    service.deleteEntity("account", "ada");
    assertNewestRevision("ada", "delete_entity", 7);

    List<Revision> revisions = service.revisions("account", 0, 50);
    assertThat(revisions)
        .extracting(Revision::action)
        .containsExactly(
            "delete_entity",
            "update_entity",
            "restore_field",
            "delete_field",
            "update_field",
            "add_field",
            "create_entity");
    assertThat(revisions.get(6).before()).isNull();
    assertThat(revisions.get(6).after().name()).isEqualTo("account");
    assertThat(revisions.get(0).before().deleted()).isFalse();
    assertThat(revisions.get(0).after().deleted()).isTrue();
  }

  @Test
  void aRefusedChangeWritesNoRevision() {
    service.createEntity(entity("account"), "ada");

    unprocessable(() -> service.addField("account", text("select"), "ada"));

    assertThat(service.countRevisions(null)).isEqualTo(1);
  }

  @Test
  void aChangeThatChangesNothingWritesNoRevision() {
    service.createEntity(entity("account", text("note")), "ada");

    service.updateField("account", text("note"), "ada");

    assertThat(service.countRevisions("account")).isEqualTo(1);
  }

  @Test
  void theDiffOfAnAddedFieldShowsOnlyThatFieldsPropertiesAsNew() {
    service.createEntity(entity("account"), "ada");
    service.addField("account", text("note", 80), "ada");
    Revision added = service.revisions("account", 0, 1).get(0);

    List<Change> changes = DefinitionDiff.between(added.before(), added.after());

    assertThat(changes)
        .extracting(Change::path)
        .allMatch(p -> p.startsWith("fields.note."))
        .contains("fields.note.type", "fields.note.length", "fields.note.labels.en");
    assertThat(changes).allSatisfy(c -> assertThat(c.before()).isNull());
    assertThat(changes)
        .contains(
            new Change("fields.note.length", null, "80"),
            new Change("fields.note.type", null, "text"));
  }

  @Test
  void theDiffOfAChangedLengthIsThatOneValue() {
    service.createEntity(entity("account", text("note")), "ada");
    service.updateField("account", text("note", 500), "ada");
    Revision changed = service.revisions("account", 0, 1).get(0);

    assertThat(DefinitionDiff.between(changed.before(), changed.after()))
        .containsExactly(new Change("fields.note.length", "255", "500"));
  }

  @Test
  void theDiffOfAChangedPicklistOptionNamesTheOptionByValue() {
    service.createEntity(
        entity(
            "account",
            field("tier", FieldType.PICKLIST)
                .options(dev.relata.metadata.testing.Definitions.options("gold"))
                .build()),
        "ada");
    service.updateField(
        "account",
        field("tier", FieldType.PICKLIST)
            .options(dev.relata.metadata.testing.Definitions.options("gold", "silver"))
            .build(),
        "ada");
    Revision changed = service.revisions("account", 0, 1).get(0);

    assertThat(DefinitionDiff.between(changed.before(), changed.after()))
        .extracting(Change::path)
        .allMatch(p -> p.startsWith("fields.tier.options.silver."));
  }

  @Test
  void rollingBackAnEntitysCreationHidesTheEntityAndKeepsItsTable() {
    EntityDefinition created = service.createEntity(entity("account"), "ada");
    long creation = service.revisions("account", 0, 1).get(0).id();

    service.rollback(creation, "grace");

    assertThat(service.catalog().find("account")).isEmpty();
    assertThat(metadata.entity("account").deleted()).isTrue();
    assertThat(metadata.schema().tableExists(created.table())).isTrue();
    Revision rollback = service.revisions("account", 0, 1).get(0);
    assertThat(rollback.action()).isEqualTo("rollback");
    assertThat(rollback.author()).isEqualTo("grace");
    assertThat(rollback.summary()).contains("Rolled back revision " + creation);
  }

  @Test
  void rollingBackTheRollbackOfAnEntitysCreationBringsItBack() {
    service.createEntity(entity("account", text("note")), "ada");
    long creation = service.revisions("account", 0, 1).get(0).id();
    service.rollback(creation, "ada");
    long rollback = service.revisions("account", 0, 1).get(0).id();

    service.rollback(rollback, "ada");

    assertThat(service.catalog().find("account")).isPresent();
    assertThat(service.catalog().require("account").activeField("note")).isPresent();
  }

  @Test
  void rollingBackAFieldsAdditionHidesTheFieldAndKeepsItsColumn() {
    service.createEntity(entity("account"), "ada");
    service.addField("account", text("note"), "ada");
    long addition = service.revisions("account", 0, 1).get(0).id();

    service.rollback(addition, "ada");

    EntityDefinition account = service.catalog().require("account");
    assertThat(account.activeField("note")).isEmpty();
    assertThat(account.field("note").orElseThrow().deleted()).isTrue();
    assertThat(metadata.schema().columns("t_account")).containsKey("c_note");
  }

  @Test
  void theCreationOfALookupTargetCannotBeRolledBack() {
    service.createEntity(entity("account"), "ada");
    long creation = service.revisions("account", 0, 1).get(0).id();
    service.createEntity(entity("deal", lookup("account", "account")), "ada");

    var refusal = unprocessable(() -> service.rollback(creation, "ada"));

    assertThat(refusal.getMessage()).contains("deal.account");
    assertThat(service.catalog().find("account")).isPresent();
  }

  @Test
  void anUnknownRevisionIsNotFound() {
    var refusal =
        dev.relata.metadata.testing.Refusals.refused(
            dev.relata.metadata.error.ErrorKind.NOT_FOUND, () -> service.rollback(999_999, "ada"));

    assertThat(refusal.getMessage()).isEqualTo("There is no revision 999999.");
  }

  private void assertNewestRevision(String author, String action, long count) {
    Revision newest = service.revisions(null, 0, 1).get(0);
    assertThat(newest.author()).isEqualTo(author);
    assertThat(newest.action()).isEqualTo(action);
    assertThat(newest.entity()).isEqualTo("account");
    assertThat(newest.after()).isNotNull();
    assertThat(newest.createdAt()).isNotNull();
    assertThat(service.countRevisions(null)).isEqualTo(count);
  }
}
