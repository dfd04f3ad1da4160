package dev.relata.metadata.files;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.options;
import static dev.relata.metadata.testing.Definitions.text;
import static dev.relata.metadata.testing.Refusals.badRequest;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.metadata.testing.TestMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Definitions travel as canonical files, one per entity: byte-stable, readable, free of physical
 * names; importing them elsewhere gives the same definitions, and anything malformed is refused
 * with a message naming the file and the problem.
 */
class DefinitionFilesTest {
  private static final String AUTHOR = TestMetadata.AUTHOR;
  private final TestMetadata source = TestMetadata.fresh();
  private final MetadataService service = source.service();

  @AfterEach
  void close() {
    source.close();
  }

  @Test
  void exportThenImportIntoAFreshDatabaseGivesEqualDefinitions() {
    givenStandardObjectsAndAnEntityWithEveryFieldType();

    try (TestMetadata target = TestMetadata.fresh()) {
      target.service().importDefinitions(DefinitionFiles.read(document(exportFiles())), AUTHOR);

      assertThat(storageViews(target.service().catalog().active()))
          .isEqualTo(storageViews(service.catalog().active()));
      assertThat(target.schema().columns("t_gadget"))
          .isEqualTo(source.schema().columns("t_gadget"));
    }
  }

  @Test
  void exportingTwiceGivesTheSameBytesAndSoDoesExportingAnImport() {
    givenStandardObjectsAndAnEntityWithEveryFieldType();
    Map<String, String> first = exportFiles();

    assertThat(exportFiles()).isEqualTo(first);
    try (TestMetadata target = TestMetadata.fresh()) {
      target.service().importDefinitions(DefinitionFiles.read(document(first)), AUTHOR);
      assertThat(DefinitionFiles.export(target.service().catalog().active())).isEqualTo(first);
    }
  }

  @Test
  void aCanonicalFileHasSortedKeysNoPhysicalNamesNoDefaultsAndNoDeletedFields() {
    service.createEntity(entity("gadget", text("note"), text("gone")), AUTHOR);
    service.deleteField("gadget", "gone", AUTHOR);

    String file = exportFiles().get("gadget.json");

    assertThat(file).endsWith("}\n").doesNotContain("t_gadget", "c_note", "\"gone\"");
    JsonNode node = DefinitionJson.parse(file);
    assertThat(keys(node))
        .isSorted()
        .containsExactly("fields", "labels", "name", "nameField", "pluralLabels");
    assertThat(node.get("fields")).hasSize(2);
    assertThat(keys(node.get("fields").get(1))).containsExactly("labels", "name", "type");
  }

  @Test
  void onlyActiveEntitiesAreExported() {
    service.createEntity(entity("gadget"), AUTHOR);
    service.createEntity(entity("gizmo"), AUTHOR);
    service.deleteEntity("gizmo", AUTHOR);

    assertThat(exportFiles()).containsOnlyKeys("gadget.json");
  }

  @Test
  void importRefusesATableName() {
    ObjectNode file = exportedNode("gadget");
    file.put("table", "t_other");

    RelataException refusal = badRequest(() -> importing("gadget.json", file));

    assertThat(refusal.getMessage())
        .isEqualTo(
            "gadget.json: physical names (table, column)"
                + " cannot be imported; the platform assigns them.");
  }

  @Test
  void importRefusesAColumnName() {
    ObjectNode file = exportedNode("gadget");
    ((ObjectNode) file.get("fields").get(0)).put("column", "c_hack");

    RelataException refusal = badRequest(() -> importing("gadget.json", file));

    assertThat(refusal.getMessage()).contains("physical names");
  }

  @Test
  void importRefusesADeletedFlagBecauseImportNeverDeletes() {
    ObjectNode file = exportedNode("gadget");
    ((ObjectNode) file.get("fields").get(1)).put("deleted", true);

    RelataException refusal = badRequest(() -> importing("gadget.json", file));

    assertThat(refusal.getMessage()).contains("gadget.json: 'deleted' cannot be imported");
  }

  @Test
  void importNeverTurnsACustomEntityIntoAStandardOne() {
    service.createEntity(entity("gadget", text("note")), AUTHOR);
    EntityDefinition claimsStandard =
        new EntityDefinition(
            "gadget",
            Labels.of("Gadget"),
            Labels.empty(),
            null,
            true,
            false,
            null,
            List.of(text("note"), text("extra")));

    service.importDefinitions(List.of(claimsStandard), AUTHOR);

    assertThat(service.catalog().require("gadget").system()).isFalse();
    assertThat(service.catalog().require("gadget").activeField("extra")).isPresent();
  }

  @Test
  void aRefusedFileLeavesNothingOfTheImportBehindOnPostgresql() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.relata.metadata.testing.TestDatabases.postgres(),
        "H2 commits DDL at once, so only PostgreSQL can undo the files before the refused one");
    long revisions = service.countRevisions(null);
    List<EntityDefinition> files =
        List.of(
            entity("first", text("note")),
            entity("second", field("broken", FieldType.TEXT).length(999_999).build()));

    unprocessable(() -> service.importDefinitions(files, AUTHOR));

    assertThat(service.catalog().all()).isEmpty();
    assertThat(source.schema().columns("t_first")).isEmpty();
    assertThat(service.countRevisions(null)).isEqualTo(revisions);
  }

  @Test
  void importRefusesAFileNamedAfterAnotherEntity() {
    ObjectNode file = exportedNode("gadget");

    RelataException refusal = badRequest(() -> importing("widget.json", file));

    assertThat(refusal.getMessage())
        .isEqualTo("The file widget.json holds entity 'gadget';" + " name it gadget.json.");
  }

  @Test
  void importRefusesUnknownPropertiesNamingThem() {
    ObjectNode file = exportedNode("gadget");
    file.put("colour", "red");
    ((ObjectNode) file.get("fields").get(0)).put("size", 3);

    RelataException refusal = unprocessable(() -> importing("gadget.json", file));

    assertThat(refusal.getMessage()).startsWith("gadget.json: Unknown property 'colour'");
    assertThat(refusal.problems())
        .extracting(p -> p.field() + " " + p.code())
        .containsExactly("colour unknown_property", "fields[0].size unknown_property");
  }

  @Test
  void aProblemInAFileIsShownInChineseWithTheFileItCameFrom() {
    ObjectNode file = exportedNode("gadget");
    file.put("colour", "red");

    RelataException refusal = unprocessable(() -> importing("gadget.json", file));

    assertThat(refusal.text().in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(
            "gadget.json：未知属性“colour”；允许的属性："
                + "deleted, fields, labels, name, nameField, pluralLabels, system, table。");
    assertThat(refusal.problems().get(0).text().in(Locale.SIMPLIFIED_CHINESE))
        .startsWith("未知属性“colour”");
  }

  @Test
  void importRefusesWrongJsonTypesNamingEachPath() {
    ObjectNode file = exportedNode("gadget");
    ObjectNode name = (ObjectNode) file.get("fields").get(0);
    name.put("required", "yes");
    name.put("length", "20");
    name.put("type", 7);
    file.put("labels", "Gadget");

    RelataException refusal = unprocessable(() -> importing("gadget.json", file));

    assertThat(refusal.getMessage()).startsWith("gadget.json: ");
    assertThat(refusal.problems())
        .extracting(p -> p.field() + ": " + p.message())
        .containsExactlyInAnyOrder(
            "labels: labels must be an object of texts by locale, e.g. {\"en\": …}.",
            "fields[0].type: fields[0].type must be text.",
            "fields[0].required: fields[0].required must be true or false.",
            "fields[0].length: fields[0].length must be a whole number.");
  }

  @Test
  void importRefusesFieldsThatAreNotAList() {
    ObjectNode file = exportedNode("gadget");
    file.putObject("fields");

    RelataException refusal = unprocessable(() -> importing("gadget.json", file));

    assertThat(refusal.getMessage()).contains("fields must be a list");
  }

  @Test
  void importRefusesADocumentWithoutEntities() {
    RelataException refusal =
        badRequest(() -> DefinitionFiles.read(DefinitionJson.parse("{\"files\": []}")));

    assertThat(refusal.getMessage()).contains("{\"entities\"");
  }

  @Test
  void importIsAdditiveFieldsTheFilesDoNotMentionStay() {
    service.createEntity(entity("gadget", text("note"), text("colour")), AUTHOR);
    EntityDefinition slim =
        new EntityDefinition(
            "gadget",
            Labels.of("Gadget"),
            Labels.empty(),
            null,
            false,
            false,
            null,
            List.of(text("note", 500), text("weight")));

    service.importDefinitions(List.of(slim), AUTHOR);

    EntityDefinition gadget = service.catalog().require("gadget");
    assertThat(gadget.activeField("colour")).isPresent();
    assertThat(gadget.activeField("weight")).isPresent();
    assertThat(gadget.activeField("note").orElseThrow().length()).isEqualTo(500);
    assertThat(source.schema().columns("t_gadget")).containsKeys("c_colour", "c_weight");
  }

  @Test
  void importingTheSameFilesAgainChangesNothingAndWritesNoRevision() {
    givenStandardObjectsAndAnEntityWithEveryFieldType();
    long revisions = service.countRevisions(null);

    service.importDefinitions(DefinitionFiles.read(document(exportFiles())), AUTHOR);

    assertThat(service.countRevisions(null)).isEqualTo(revisions);
  }

  @Test
  void importOrdersEntitiesSoThatLookupTargetsComeFirst() {
    List<EntityDefinition> files =
        List.of(entity("deal", lookup("account", "account")), entity("account"));

    service.importDefinitions(files, AUTHOR);

    assertThat(source.schema().foreignKeys("t_deal")).containsEntry("c_account", "t_account");
  }

  @Test
  void importRefusesEntitiesThatLookEachOtherUpInACycle() {
    List<EntityDefinition> files =
        List.of(
            entity("deal", lookup("account", "account")),
            entity("account", lookup("deal", "deal")));

    RelataException refusal = unprocessable(() -> service.importDefinitions(files, AUTHOR));

    assertThat(refusal.getMessage()).contains("cycle");
    assertThat(service.catalog().all()).isEmpty();
  }

  private void givenStandardObjectsAndAnEntityWithEveryFieldType() {
    service.importDefinitions(StandardDefinitions.load(), "system");
    List<PicklistOption> sizes = new ArrayList<>(options("s", "m", "l"));
    sizes.set(2, new PicklistOption("l", Labels.of("Large", "大"), 3, false));
    service.createEntity(
        new EntityDefinition(
            "gadget",
            Labels.of("Gadget", "小工具"),
            Labels.of("Gadgets", "小工具"),
            "title",
            false,
            false,
            null,
            List.of(
                field("title", FieldType.TEXT).length(120).required(true).unique(true).build(),
                field("notes", FieldType.LONGTEXT).helpText("Anything worth knowing").build(),
                field("units", FieldType.INTEGER).defaultValue("1").indexed(true).build(),
                field("weight", FieldType.DECIMAL).precision(12).scale(3).build(),
                field("price", FieldType.CURRENCY).build(),
                field("discount", FieldType.PERCENT).build(),
                field("launched", FieldType.DATE).build(),
                field("checked_at", FieldType.DATETIME).build(),
                field("active", FieldType.BOOLEAN).defaultValue("true").build(),
                field("size", FieldType.PICKLIST).options(sizes).defaultValue("m").build(),
                field("colours", FieldType.MULTIPICKLIST).options(options("red", "blue")).build(),
                field("contact", FieldType.EMAIL).build(),
                field("phone", FieldType.PHONE).build(),
                field("site", FieldType.URL).build(),
                lookup("customer", "customer"),
                field("engineer", FieldType.USER).build(),
                field("serial", FieldType.AUTONUMBER).pattern("G-{00000}").build())),
        AUTHOR);
  }

  private Map<String, String> exportFiles() {
    return DefinitionFiles.export(service.catalog().active());
  }

  private ObjectNode exportedNode(String entity) {
    service.createEntity(entity(entity, text("note")), AUTHOR);
    return (ObjectNode) DefinitionJson.parse(exportFiles().get(entity + ".json"));
  }

  private static List<EntityDefinition> importing(String fileName, JsonNode file) {
    ObjectNode document = DefinitionJson.mapper().createObjectNode();
    document.putObject("entities").set(fileName, file);
    return DefinitionFiles.read(document);
  }

  private static JsonNode document(Map<String, String> files) {
    ObjectNode document = DefinitionJson.mapper().createObjectNode();
    ObjectNode entities = document.putObject("entities");
    files.forEach((name, json) -> entities.set(name, DefinitionJson.parse(json)));
    return document;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> storageViews(List<EntityDefinition> entities) {
    return entities.stream()
        .map(e -> DefinitionJson.write(e, DefinitionJson.View.STORAGE))
        .toList();
  }
}
