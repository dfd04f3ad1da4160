package dev.relata.metadata.catalog;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.text;
import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.testing.TestMetadata;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deleting hides: columns, tables and data stay, and what other definitions use is protected. */
class FieldAndEntityDeletionTest {
  private static final String AUTHOR = TestMetadata.AUTHOR;
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();

  @AfterEach
  void close() {
    metadata.close();
  }

  @Test
  void deletingAFieldHidesItAndKeepsItsColumnAndData() {
    service.createEntity(entity("account", text("note")), AUTHOR);
    metadata.schema().insertRecord("t_account", Map.of("c_name", "a", "c_note", "kept"));

    EntityDefinition after = service.deleteField("account", "note", AUTHOR);

    assertThat(after.activeField("note")).isEmpty();
    assertThat(after.field("note").orElseThrow().deleted()).isTrue();
    assertThat(metadata.schema().values("t_account", "c_note")).containsExactly("kept");
  }

  @Test
  void restoringADeletedFieldMakesItActiveAgainOnTheSameColumn() {
    service.createEntity(entity("account", text("note")), AUTHOR);
    service.deleteField("account", "note", AUTHOR);

    EntityDefinition after = service.restoreField("account", "note", AUTHOR);

    assertThat(after.activeField("note").orElseThrow().column()).isEqualTo("c_note");
  }

  @Test
  void theNameFieldCannotBeDeleted() {
    service.createEntity(entity("account"), AUTHOR);

    RelataException refusal = unprocessable(() -> service.deleteField("account", "name", AUTHOR));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("in_use"));
    assertThat(refusal.getMessage()).contains("name field").contains("choose another");
    assertThat(service.catalog().require("account").activeField("name")).isPresent();
  }

  @Test
  void deletingAnUnknownOrAlreadyDeletedFieldIsNotFound() {
    service.createEntity(entity("account", text("note")), AUTHOR);
    service.deleteField("account", "note", AUTHOR);

    refused(ErrorKind.NOT_FOUND, () -> service.deleteField("account", "note", AUTHOR));
    refused(ErrorKind.NOT_FOUND, () -> service.deleteField("account", "nothing", AUTHOR));
    refused(ErrorKind.NOT_FOUND, () -> service.restoreField("account", "name", AUTHOR));
  }

  @Test
  void standardEntitiesCannotBeDeleted() {
    service.importDefinitions(StandardDefinitions.load(), AUTHOR);

    for (String standard :
        new String[] {"customer", "contact", "opportunity", "contract", "service_request"}) {
      RelataException refusal = unprocessable(() -> service.deleteEntity(standard, AUTHOR));
      assertThat(refusal.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.code()).isEqualTo("system_entity"));
      assertThat(service.catalog().find(standard)).isPresent();
    }
  }

  @Test
  void anEntityThatIsALookupTargetCannotBeDeletedAndTheMessageNamesTheLookup() {
    service.createEntity(entity("account"), AUTHOR);
    service.createEntity(entity("deal", lookup("account", "account")), AUTHOR);

    RelataException refusal = unprocessable(() -> service.deleteEntity("account", AUTHOR));

    assertThat(refusal.getMessage()).contains("deal.account").contains("delete those fields");
    assertThat(service.catalog().find("account")).isPresent();
  }

  @Test
  void anEntityCanBeDeletedOnceItsLookupsAreDeletedAndItsTableStays() {
    service.createEntity(entity("account"), AUTHOR);
    service.createEntity(entity("deal", lookup("account", "account")), AUTHOR);
    service.deleteField("deal", "account", AUTHOR);

    service.deleteEntity("account", AUTHOR);

    assertThat(service.catalog().find("account")).isEmpty();
    assertThat(metadata.schema().tableExists("t_account")).isTrue();
  }

  @Test
  void aLookupToADeletedEntityCannotBeRestored() {
    service.createEntity(entity("account"), AUTHOR);
    service.createEntity(entity("deal", lookup("account", "account")), AUTHOR);
    service.deleteField("deal", "account", AUTHOR);
    service.deleteEntity("account", AUTHOR);

    RelataException refusal = unprocessable(() -> service.restoreField("deal", "account", AUTHOR));

    assertThat(refusal.problems())
        .anySatisfy(p -> assertThat(p.code()).isEqualTo("unknown_entity"));
  }

  @Test
  void aSelfLookupDoesNotKeepAnEntityFromBeingDeleted() {
    service.createEntity(entity("account", lookup("parent", "account")), AUTHOR);

    service.deleteEntity("account", AUTHOR);

    assertThat(service.catalog().find("account")).isEmpty();
  }
}
