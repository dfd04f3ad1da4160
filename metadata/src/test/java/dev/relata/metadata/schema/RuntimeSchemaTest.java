package dev.relata.metadata.schema;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.text;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.metadata.testing.SchemaInspector;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.metadata.testing.TestMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each entity is a real table and each field a real column, with real indexes and keys. */
class RuntimeSchemaTest {
  private static final String AUTHOR = TestMetadata.AUTHOR;
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();
  private final SchemaInspector schema = metadata.schema();

  @AfterEach
  void close() {
    metadata.close();
  }

  @Test
  void creatingAnEntityCreatesItsTableWithSystemColumnsAndOneColumnPerField() {
    service.createEntity(entity("account", text("note", 80)), AUTHOR);

    assertThat(schema.columns("t_account"))
        .containsOnlyKeys(
            "id",
            "owner_id",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
            "version",
            "deleted",
            "deleted_at",
            "c_name",
            "c_note");
    assertThat(schema.columns("t_account").get("c_note")).contains("80");
    assertThat(metadata.entity("account").table()).isEqualTo("t_account");
    assertThat(metadata.entity("account").field("note").orElseThrow().column()).isEqualTo("c_note");
  }

  @Test
  void addingAFieldIsPlannedAsOneAddColumnAndNothingElse() {
    EntityDefinition before = service.createEntity(entity("account"), AUTHOR);
    FieldDefinition nickname = text("nickname", 80).toBuilder().column("c_nickname").build();
    SchemaPlanner planner = new SchemaPlanner(PhysicalNames::table, null);

    List<SchemaChange> plan = planner.plan(before, before.withField(nickname));

    assertThat(plan).containsExactly(new SchemaChange.AddColumn("t_account", nickname));
    assertThat(new SchemaManager(SqlDialect.H2).ddl(plan.get(0)))
        .containsExactly("ALTER TABLE t_account ADD COLUMN c_nickname VARCHAR(80)");
  }

  @Test
  void addingAFieldKeepsEveryRowAndDoesNotRewriteTheTable() {
    service.createEntity(entity("account"), AUTHOR);
    schema.insertRecord("t_account", Map.of("c_name", "Ada"));
    schema.insertRecord("t_account", Map.of("c_name", "Grace"));
    Long fileBefore = relationFile("t_account");

    service.addField("account", text("nickname"), AUTHOR);

    assertThat(schema.columns("t_account")).containsKey("c_nickname");
    assertThat(schema.values("t_account", "c_name")).containsExactly("Ada", "Grace");
    assertThat(schema.values("t_account", "c_nickname")).containsExactly(null, null);
    assertThat(relationFile("t_account"))
        .as("a rewrite gives the table a new file")
        .isEqualTo(fileBefore);
  }

  @Test
  void aLookupFieldGetsAForeignKeyToTheTargetTableAndAnIndex() {
    service.createEntity(entity("account"), AUTHOR);
    service.createEntity(entity("deal"), AUTHOR);

    service.addField("deal", lookup("account", "account"), AUTHOR);

    assertThat(schema.foreignKeys("t_deal")).containsEntry("c_account", "t_account");
    assertThat(schema.indexedColumns("t_deal")).contains("c_account");
  }

  @Test
  void aLookupRefusesAnUnknownTargetAndAddsNoColumn() {
    service.createEntity(entity("deal"), AUTHOR);

    RelataException refusal =
        unprocessable(() -> service.addField("deal", lookup("account", "nowhere"), AUTHOR));

    assertThat(refusal.problems())
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("account.target");
              assertThat(p.code()).isEqualTo("unknown_entity");
            });
    assertThat(schema.columns("t_deal")).doesNotContainKey("c_account");
  }

  @Test
  void anIndexedFieldGetsAnIndexAndLosesItWhenNoLongerIndexed() {
    service.createEntity(entity("account"), AUTHOR);

    service.addField("account", field("code", FieldType.TEXT).indexed(true).build(), AUTHOR);
    assertThat(schema.indexedColumns("t_account")).contains("c_code");

    service.updateField("account", field("code", FieldType.TEXT).build(), AUTHOR);
    assertThat(schema.indexedColumns("t_account")).doesNotContain("c_code");
  }

  @Test
  void aUniqueFieldGetsAUniqueIndex() {
    service.createEntity(entity("account"), AUTHOR);

    service.addField("account", field("code", FieldType.TEXT).unique(true).build(), AUTHOR);

    assertThat(schema.uniquelyIndexedColumns("t_account")).contains("c_code");
  }

  @Test
  void makingAFieldUniqueIsRefusedWhileRecordsShareAValueAndNothingChanges() {
    service.createEntity(entity("account", text("code")), AUTHOR);
    schema.insertRecord("t_account", Map.of("c_name", "a", "c_code", "X1"));
    schema.insertRecord("t_account", Map.of("c_name", "b", "c_code", "X1"));
    EntityDefinition before = metadata.entity("account");
    long revisions = service.countRevisions(null);

    RelataException refusal =
        unprocessable(
            () ->
                service.updateField(
                    "account", field("code", FieldType.TEXT).unique(true).build(), AUTHOR));

    assertThat(refusal.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("code.unique");
              assertThat(p.code()).isEqualTo("unique");
            });
    assertThat(refusal.getMessage()).contains("duplicate values");
    assertThat(metadata.entity("account")).isEqualTo(before);
    assertThat(schema.uniquelyIndexedColumns("t_account")).doesNotContain("c_code");
    assertThat(service.countRevisions(null)).isEqualTo(revisions);
  }

  @Test
  void aRefusedChangeThatAlsoAddedAnIndexLeavesNoIndexBehindAndCanBeRetried() {
    service.createEntity(entity("account", text("code")), AUTHOR);
    schema.insertRecord("t_account", Map.of("c_name", "a", "c_code", "X1"));
    schema.insertRecord("t_account", Map.of("c_name", "b", "c_code", "X1"));
    FieldDefinition indexedAndUnique =
        field("code", FieldType.TEXT).indexed(true).unique(true).build();

    unprocessable(() -> service.updateField("account", indexedAndUnique, AUTHOR));

    assertThat(schema.indexedColumns("t_account")).doesNotContain("c_code");
    schema.execute("UPDATE t_account SET c_code = 'X2' WHERE c_name = 'b'");
    service.updateField("account", indexedAndUnique, AUTHOR);
    assertThat(schema.uniquelyIndexedColumns("t_account")).contains("c_code");
  }

  @Test
  void makingAFieldUniqueSucceedsOnceTheValuesAreDistinct() {
    service.createEntity(entity("account", text("code")), AUTHOR);
    schema.insertRecord("t_account", Map.of("c_name", "a", "c_code", "X1"));
    schema.insertRecord("t_account", Map.of("c_name", "b", "c_code", "X2"));

    service.updateField("account", field("code", FieldType.TEXT).unique(true).build(), AUTHOR);

    assertThat(schema.uniquelyIndexedColumns("t_account")).contains("c_code");
  }

  @Test
  void physicalNamesOfIndexesStayWithinPostgresqlsLimitForTheLongestNames() {
    String longest = "a".repeat(40);

    assertThat(
            PhysicalNames.uniqueIndex(PhysicalNames.table(longest), PhysicalNames.column(longest)))
        .hasSizeLessThanOrEqualTo(63);
    assertThat(PhysicalNames.index("t_" + "a".repeat(38) + "x", "c_b"))
        .isNotEqualTo(PhysicalNames.index("t_" + "a".repeat(38) + "y", "c_b"));
  }

  @Test
  void anEntityAndFieldWithTheLongestNamesWork() {
    String longest = "e".repeat(40);

    service.createEntity(
        entity(longest, field("f".repeat(40), FieldType.TEXT).unique(true).indexed(true).build()),
        AUTHOR);

    assertThat(schema.uniquelyIndexedColumns("t_" + longest)).contains("c_" + "f".repeat(40));
  }

  /** The file behind a table on PostgreSQL (a rewrite replaces it); null on H2. */
  private Long relationFile(String table) {
    if (!TestDatabases.postgres()) {
      return null;
    }
    return schema.count("SELECT pg_relation_filenode('" + table + "')");
  }
}
