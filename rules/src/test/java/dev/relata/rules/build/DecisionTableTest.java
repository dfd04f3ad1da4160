package dev.relata.rules.build;

import static dev.relata.rules.RuleFixtures.base;
import static dev.relata.rules.RuleFixtures.build;
import static dev.relata.rules.RuleFixtures.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.run.LiveRuleEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionTableTest {
  /** The example of docs/rules.md: the probability follows the stage. Rules on rows 9–14. */
  private static final String PROBABILITY_CSV =
      """
      RuleSet,relata
      Notes,The probability of an opportunity follows its stage
      ,
      RuleTable Probability,
      CONDITION,ACTION
      Opportunity,
      stage,"set(""probability"", $param);"
      Stage,Probability (%)
      prospecting,10
      qualification,20
      proposal,40
      negotiation,60
      won,100
      lost,0
      """;

  @ParameterizedTest
  @CsvSource({
    "prospecting,10",
    "qualification,20",
    "proposal,40",
    "negotiation,60",
    "won,100",
    "lost,0"
  })
  void aCsvTableSetsTheProbabilityFromTheStage(String stage, String probability) {
    RuleBase base = base("sales/probability.csv", PROBABILITY_CSV);

    RuleOutcome outcome = LiveRuleEngine.apply(base, opportunity(Map.of("stage", stage)));

    assertThat(base.ruleCount()).isEqualTo(6);
    assertThat(outcome.accepted()).isTrue();
    assertThat((BigDecimal) outcome.changes().get("probability")).isEqualByComparingTo(probability);
  }

  @Test
  void aCsvTableSetsNothingWhenNoRowMatches() {
    RuleBase base = base("sales/probability.csv", PROBABILITY_CSV);

    RuleOutcome outcome = LiveRuleEngine.apply(base, opportunity(Map.of()));

    assertThat(outcome.changes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"prospecting,10", "negotiation,60", "won,100", "lost,0"})
  void anXlsxTableSetsTheProbabilityFromTheStage(String stage, String probability) {
    String workbook =
        xlsx(
            row("Notes", "RuleSet is left out: the rules are in package relata all the same"),
            row(),
            row("RuleTable Probability"),
            row("CONDITION", "ACTION"),
            row("Opportunity"),
            row("stage", "set(\"probability\", $param);"),
            row("Stage", "Probability (%)"),
            row("prospecting", 10),
            row("qualification", 20),
            row("proposal", 40),
            row("negotiation", 60),
            row("won", 100),
            row("lost", 0));

    RuleBase base = base("sales/probability.xlsx", workbook);
    RuleOutcome outcome = LiveRuleEngine.apply(base, opportunity(Map.of("stage", stage)));

    assertThat((BigDecimal) outcome.changes().get("probability")).isEqualByComparingTo(probability);
  }

  @Test
  void rejectActionsRefuseTheWriteInTheUsersLanguage() {
    String table =
        """
        RuleTable Close date needed,
        CONDITION,ACTION
        Opportunity,
        "stage == ""$param"", expected_close_date == null","reject(""expected_close_date"", ""$1"", ""$2"");"
        Stage without a close date,"Message (English, Chinese)"
        won,"A won opportunity needs its close date,赢单的商机必须填写成交日期"
        negotiation,"An opportunity in negotiation needs an expected close date,谈判中的商机需要预计成交日期"
        """;
    RuleBase base = base("sales/close_date.csv", table);

    RuleOutcome refused = LiveRuleEngine.apply(base, opportunity(Map.of("stage", "won")));
    RuleOutcome dated =
        LiveRuleEngine.apply(
            base,
            opportunity(Map.of("stage", "won", "expected_close_date", LocalDate.of(2026, 12, 24))));
    RuleOutcome early = LiveRuleEngine.apply(base, opportunity(Map.of("stage", "proposal")));

    assertThat(refused.problems())
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(tuple("expected_close_date", "A won opportunity needs its close date"));
    assertThat(refused.problems().get(0).text().in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("赢单的商机必须填写成交日期");
    assertThat(dated.accepted()).isTrue();
    assertThat(early.accepted()).isTrue();
  }

  @Test
  void factTypeCellsMergedAcrossColumnsMakeOnePattern() {
    Object[][] rows = {
      row("RuleTable Close date needed"),
      row("CONDITION", "CONDITION", "ACTION"),
      row("Opportunity"),
      row("stage", "expected_close_date == $param", "reject(\"expected_close_date\", \"$param\");"),
      row("Stage", "Close date", "Message"),
      row("won", "null", "A won opportunity needs its close date")
    };
    String workbook = xlsx(DecisionTableTest::mergeFactTypeCells, rows);
    RuleBase base = base("sales/close_date.xlsx", workbook);

    RuleOutcome refused = LiveRuleEngine.apply(base, opportunity(Map.of("stage", "won")));
    RuleOutcome dated =
        LiveRuleEngine.apply(
            base,
            opportunity(Map.of("stage", "won", "expected_close_date", LocalDate.of(2026, 12, 24))));

    assertThat(base.ruleCount()).isEqualTo(1);
    assertThat(refused.problems())
        .extracting(FieldProblem::field)
        .containsExactly("expected_close_date");
    assertThat(dated.accepted()).isTrue();
  }

  @Test
  void assignActionsMakeTheOwner() {
    String workbook =
        xlsx(
            row("RuleSet", "relata"),
            row("RuleTable Service assignment"),
            row("CONDITION", "ACTION", "ACTION"),
            row("ServiceRequest"),
            row("priority", "assignToHead(\"$param\");", "assignToRole(\"$param\");"),
            row("Priority", "Head of department", "Role"),
            row("urgent", "service"),
            row("high", null, "service_manager"));
    RuleBase base = base("service/assignment.xlsx", workbook);

    RuleOutcome urgent =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "Down", "priority", "urgent")));
    RuleOutcome high =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "Slow", "priority", "high")));

    assertThat(urgent.owner()).isEqualTo(21L);
    assertThat(high.owner()).isEqualTo(31L);
  }

  @Test
  void aConstraintOnAnUnknownFieldIsReportedOnEveryRowOfTheTable() {
    BuildResult result =
        build("sales/probability.csv", PROBABILITY_CSV.replace("stage,\"set", "stge,\"set"));

    assertThat(result.ok()).isFalse();
    assertThat(result.problems())
        .extracting(BuildProblem::path, BuildProblem::line)
        .containsExactly(
            tuple("sales/probability.csv", 9),
            tuple("sales/probability.csv", 10),
            tuple("sales/probability.csv", 11),
            tuple("sales/probability.csv", 12),
            tuple("sales/probability.csv", 13),
            tuple("sales/probability.csv", 14));
    assertThat(result.problems().get(0).message()).contains("stge == \"prospecting\"");
  }

  @Test
  void aConstraintThatDoesNotCompileInAWorkbookIsReportedOnItsSpreadsheetRow() {
    String workbook =
        xlsx(
            row("RuleSet", "relata"),
            row(),
            row(),
            row("RuleTable Probability"),
            row("CONDITION", "ACTION"),
            row("Opportunity"),
            row("stage", "set(\"probability\", $param);"),
            row("Stage", "Probability"),
            row("won", 100),
            row("lost", 0),
            row(),
            row("RuleTable Amount"),
            row("CONDITION", "ACTION"),
            row("Opportunity"),
            row("amount > $param", "set(\"probability\", $param);"),
            row("More than", "Probability"),
            row(1000000, "a lot"));

    BuildResult result = build("sales/probability.xlsx", workbook);

    assertThat(result.problems())
        .extracting(BuildProblem::path, BuildProblem::line)
        .containsExactly(tuple("sales/probability.xlsx", 17));
  }

  @Test
  void aCellThatBreaksItsRuleIsReportedOnItsRow() {
    BuildResult result =
        build(
            "sales/probability.csv", PROBABILITY_CSV.replace("negotiation,60", "negotiation,6 0"));

    assertThat(result.problems())
        .extracting(BuildProblem::path, BuildProblem::line)
        .containsExactly(tuple("sales/probability.csv", 12));
  }

  @Test
  void aCellOfTheWrongKindIsReportedWithItsCell() {
    String workbook =
        xlsx(
            row("RuleTable Probability"),
            row("CONDITION", "ACTION", "PRIORITY"),
            row("Opportunity"),
            row("stage", "set(\"probability\", $param);"),
            row("Stage", "Probability", "Priority"),
            row("won", 100, 1),
            row("lost", 0, "high"));

    BuildResult result = build("sales/probability.xlsx", workbook);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("sales/probability.xlsx");
              assertThat(p.line()).isEqualTo(7);
              assertThat(p.message()).contains("C7").contains("Priority");
            });
  }

  @Test
  void anUnknownColumnKeywordIsReportedWithItsCell() {
    BuildResult result =
        build("sales/probability.csv", PROBABILITY_CSV.replace("CONDITION,ACTION", "WHEN,ACTION"));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("sales/probability.csv");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("WHEN").contains("A5");
            });
  }

  @Test
  void aTableForAnotherPackageIsRefusedAtItsRuleSetCell() {
    BuildResult result =
        build(
            "sales/probability.csv",
            PROBABILITY_CSV.replace("RuleSet,relata", "RuleSet,com.acme.sales"));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message())
                  .contains("cell B1")
                  .contains("com.acme.sales")
                  .contains("package relata");
            });
  }

  @Test
  void globalsAndFunctionsInTheSettingsAreRefusedAtTheirCells() {
    String table =
        "Variables,java.util.List seen\nFunctions,function void f() { }\n"
            + PROBABILITY_CSV.substring(PROBABILITY_CSV.indexOf("RuleTable"));

    BuildResult result = build("sales/probability.csv", table);

    assertThat(result.problems()).extracting(BuildProblem::line).containsExactly(1, 2);
    assertThat(result.problems().get(0).message()).startsWith("cell B1: Variables: ");
    assertThat(result.problems().get(1).message()).startsWith("cell B2: Functions: ");
  }

  @Test
  void codeThatReachesBeyondTheRecordIsRefusedOnItsRow() {
    BuildResult result =
        build(
            "sales/probability.csv",
            PROBABILITY_CSV
                .replace("won,100", "won,100); System.exit(0")
                .replace("lost,0", "lost,0); java.nio.file.Files.delete(null"));

    assertThat(result.problems())
        .extracting(BuildProblem::line, BuildProblem::column)
        .contains(tuple(13, 0), tuple(14, 0));
    assertThat(result.problems().get(0).message())
        .startsWith("row 13, rule \"Probability_13\": ")
        .contains("System");
  }

  @Test
  void anImportOutsideMathTimeAndUtilIsRefusedAtItsCell() {
    String table = "RuleSet,relata\nImport,java.io.File\n" + PROBABILITY_CSV.substring(15);

    BuildResult result = build("sales/probability.csv", table);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("cell B2").contains("java.io.File");
            });
  }

  @Test
  void aLineCommentInACellIsRefusedBecauseItWouldHideTheRestOfTheRule() {
    BuildResult result =
        build(
            "sales/probability.csv",
            PROBABILITY_CSV.replace("$param);", "$param); // see https://example.com"));

    assertThat(result.problems()).isNotEmpty();
    assertThat(result.problems())
        .allSatisfy(p -> assertThat(p.message()).contains("// comment"))
        .extracting(BuildProblem::line)
        .containsExactly(9, 10, 11, 12, 13, 14);
  }

  @Test
  void aTableWithoutRowsIsAProblem() {
    // The comment row is missing, so the only row of values is read as the comments.
    String table =
        """
        RuleTable Probability,
        CONDITION,ACTION
        Opportunity,
        stage,"set(""probability"", $param);"
        won,100
        """;

    BuildResult result = build("sales/probability.csv", table);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no rules").contains("row of comments"));
  }

  @Test
  void aFileWithoutRuleTableIsAProblem() {
    BuildResult result = build("sales/notes.csv", "Notes,nothing here yet\n");

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("sales/notes.csv");
              assertThat(p.message()).contains("RuleTable");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  \n\n", "\uFEFF"})
  void anEmptyCsvIsAProblem(String content) {
    BuildResult result = build("sales/empty.csv", content);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("sales/empty.csv");
              assertThat(p.message()).contains("empty");
            });
  }

  @Test
  void aCsvTableSavedWithAByteOrderMarkIsRead() {
    RuleBase base = base("sales/probability.csv", "\uFEFF" + PROBABILITY_CSV);

    assertThat(base.ruleCount()).isEqualTo(6);
  }

  @Test
  void aQuoteLeftOpenInACsvIsReportedOnItsLine() {
    BuildResult result =
        build(
            "sales/probability.csv",
            PROBABILITY_CSV.replace("proposal,40", "\"proposal,40\n\"continued\",1"));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(11);
              assertThat(p.column()).isEqualTo(1);
              assertThat(p.message()).contains("quote");
            });
  }

  @Test
  void aCsvLargerThanARuleFileMayBeIsAProblem() {
    String table = PROBABILITY_CSV + "won,100\n".repeat(TableInput.MAX_CONTENT_CHARS / 8 + 1);

    BuildResult result = build("sales/probability.csv", table);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("split"));
  }

  @Test
  void aTableOfMoreRulesThanOneTableMayMakeIsAProblem() {
    String table = PROBABILITY_CSV + "won,100\n".repeat(DecisionTables.MAX_RULES);

    BuildResult result = build("sales/probability.csv", table);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("rules").contains("split"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bm90IGEgd29ya2Jvb2s=", // "not a workbook"
        "this is not Base64!",
        "",
        "UEsDBAo=" // a zip header and nothing after it
      })
  void garbageInsteadOfAWorkbookIsAProblemNotAnException(String content) {
    BuildResult result = build("sales/garbage.xlsx", content);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("sales/garbage.xlsx");
              assertThat(p.message()).isNotBlank();
            });
  }

  @Test
  void aZipThatIsNoWorkbookIsAProblem() {
    String zip = zip("readme.txt", "Hello".getBytes(StandardCharsets.UTF_8));

    BuildResult result = build("sales/readme.xlsx", zip);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("cannot read the workbook"));
  }

  @Test
  void aWorkbookThatUnpacksToTooMuchIsRefusedBeforeItIsOpened() {
    String bomb = zip("xl/worksheets/sheet1.xml", new byte[33 * 1024 * 1024]);

    BuildResult result = build("sales/bomb.xlsx", bomb);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("unpacks to more than 32 MB"));
  }

  private static RecordWrite opportunity(Map<String, Object> values) {
    Map<String, Object> named = new HashMap<>(values);
    named.put("name", "Big deal");
    return create("opportunity", named);
  }

  /** Merges A3:B3 as a spreadsheet does, which keeps a blank cell under the merged one. */
  private static void mergeFactTypeCells(Sheet sheet) {
    sheet.getRow(2).createCell(1);
    sheet.addMergedRegion(CellRangeAddress.valueOf("A3:B3"));
  }

  private static Object[] row(Object... cells) {
    return cells;
  }

  /** A workbook with these rows on its first sheet, as Base64; numbers become number cells. */
  private static String xlsx(Object[]... rows) {
    return xlsx(sheet -> {}, rows);
  }

  private static String xlsx(Consumer<Sheet> layout, Object[]... rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Decision tables");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      layout.accept(sheet);
      workbook.write(out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String zip(String entryName, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }
}
