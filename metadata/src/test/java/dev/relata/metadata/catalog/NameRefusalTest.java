package dev.relata.metadata.catalog;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.text;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.testing.TestMetadata;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names of entities and fields become parts of SQL identifiers, Drools types and JSON; a bad name
 * is refused with a clear message, and then nothing has changed: not the catalog, not the tables,
 * not the revisions.
 */
class NameRefusalTest {
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();

  @AfterEach
  void close() {
    metadata.close();
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void anEntityWithABadNameIsRefusedAndNothingIsCreated(String name) {
    givenAnAccountEntity();
    Snapshot before = snapshot();

    RelataException refusal =
        unprocessable(() -> service.createEntity(entity(name), TestMetadata.AUTHOR));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("name");
              assertThat(p.code()).isEqualTo("invalid_name");
            });
    assertThat(refusal.getMessage()).containsAnyOf("is not a valid name", "is a reserved word");
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void aFieldWithABadNameIsRefusedAndNoColumnIsAdded(String name) {
    givenAnAccountEntity();
    Snapshot before = snapshot();

    RelataException refusal =
        unprocessable(() -> service.addField("account", text(name), TestMetadata.AUTHOR));

    assertThat(refusal.problems())
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo(name);
              assertThat(p.code()).isEqualTo("invalid_name");
            });
    assertThat(refusal.getMessage()).containsAnyOf("is not a valid name", "is a reserved word");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aSecondEntityWithTheSameNameIsRefused() {
    givenAnAccountEntity();
    Snapshot before = snapshot();

    RelataException refusal =
        unprocessable(() -> service.createEntity(entity("account"), TestMetadata.AUTHOR));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("duplicate"));
    assertThat(refusal.getMessage()).isEqualTo("An entity named 'account' already exists.");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aChineseReaderIsToldInChineseWhatTheApiSaysInEnglish() {
    givenAnAccountEntity();

    RelataException refusal =
        unprocessable(() -> service.createEntity(entity("account"), TestMetadata.AUTHOR));

    assertThat(refusal.text().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("名为“account”的对象已存在。");
    assertThat(refusal.problems().get(0).text().in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("名为“account”的对象已存在。");
  }

  @Test
  void aBadNameIsExplainedInChineseToo() {
    RelataException refusal =
        unprocessable(() -> service.createEntity(entity("select"), TestMetadata.AUTHOR));

    assertThat(refusal.text().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“select”是保留字，请换一个名称。");
  }

  @Test
  void theNameOfADeletedEntityStaysTakenAndTheMessageSaysWhere() {
    givenAnAccountEntity();
    service.deleteEntity("account", TestMetadata.AUTHOR);

    RelataException refusal =
        unprocessable(() -> service.createEntity(entity("account"), TestMetadata.AUTHOR));

    assertThat(refusal.getMessage()).contains("already exists in the recycle bin");
  }

  @Test
  void aSecondFieldWithTheSameNameIsRefused() {
    givenAnAccountEntity();
    Snapshot before = snapshot();

    RelataException refusal =
        unprocessable(() -> service.addField("account", text("note"), TestMetadata.AUTHOR));

    assertThat(refusal.getMessage()).isEqualTo("'account' already has a field named 'note'.");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void theNameOfADeletedFieldStaysTakenAndTheMessageSaysToRestoreIt() {
    givenAnAccountEntity();
    service.deleteField("account", "note", TestMetadata.AUTHOR);
    Snapshot before = snapshot();

    RelataException refusal =
        unprocessable(() -> service.addField("account", text("note"), TestMetadata.AUTHOR));

    assertThat(refusal.getMessage())
        .contains("already has a field named 'note'")
        .contains("restore it instead");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anEntityDraftNamingTheSameFieldTwiceIsRefused() {
    Snapshot before = snapshot();

    RelataException refusal =
        unprocessable(
            () ->
                service.createEntity(
                    entity("account", text("note"), text("note")), TestMetadata.AUTHOR));

    assertThat(refusal.problems())
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("note");
              assertThat(p.code()).isEqualTo("duplicate");
            });
    assertThat(snapshot()).isEqualTo(before);
    assertThat(metadata.schema().tableExists("t_account")).isFalse();
  }

  @Test
  void aBadFieldNameInANewEntityKeepsTheWholeEntityFromBeingCreated() {
    Snapshot before = snapshot();

    unprocessable(
        () -> service.createEntity(entity("account", text("order")), TestMetadata.AUTHOR));

    assertThat(snapshot()).isEqualTo(before);
    assertThat(metadata.schema().tableExists("t_account")).isFalse();
  }

  private void givenAnAccountEntity() {
    service.createEntity(entity("account", text("note")), TestMetadata.AUTHOR);
  }

  /** Everything a refused change must leave as it was. */
  private record Snapshot(
      List<EntityDefinition> catalog,
      List<EntityDefinition> stored,
      Map<String, String> accountColumns,
      Set<String> accountIndexes,
      long revisions) {}

  private Snapshot snapshot() {
    return new Snapshot(
        service.catalog().all(),
        new MetadataService(metadata.database(), null).catalog().all(),
        metadata.schema().columns("t_account"),
        metadata.schema().indexes("t_account", false).keySet(),
        service.countRevisions(null));
  }

  /** SQL and Java keywords, quotes, spaces, unicode, case, length, leading digit, injection. */
  static List<String> badNames() {
    return List.of(
        "select",
        "table",
        "order",
        "user",
        "class",
        "public",
        "first name",
        "na'me",
        "na\"me",
        "客户",
        "café",
        "Name",
        "NAME",
        "1abc",
        "_abc",
        "a",
        "name; drop table x",
        "x".repeat(41));
  }
}
