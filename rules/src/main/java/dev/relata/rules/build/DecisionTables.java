package dev.relata.rules.build;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.Package;

/**
 * Decision tables (CSV, and XLSX stored as Base64) compiled to DRL by Drools' own decision-table
 * reader, in the standard layout: settings such as {@code RuleSet} and {@code Import}, then a cell
 * {@code RuleTable <name>}, a row of CONDITION/ACTION keywords, a row of fact types, a row of
 * constraints and actions, a row of comments, and one row per rule. Of an XLSX workbook only the
 * first sheet is read, as Drools does.
 *
 * <p>The rules land in package {@code relata}, beside the fact types and the functions {@code set},
 * {@code reject} and {@code assign…}; a table naming another {@code RuleSet} is refused (see {@link
 * TableSettings}).
 *
 * <p>Where problems are: the line of a problem is the row of the table (1-based, as a spreadsheet
 * numbers rows; in a CSV file that is also the line of the file), 0 when no row is known. A problem
 * Drools finds in a cell names the cell in its message ("in cell C5"). The generated DRL puts each
 * rule on the line of its row ({@link RowAlignedDrl}), so what Drools cannot compile later, in the
 * rule base build, comes back on the row too, with the rule's name ({@code "Probability_12"} for
 * row 12 of table "Probability") where Drools gives it; a column Drools gives then counts
 * characters of that generated rule.
 */
final class DecisionTables {
  /**
   * The most rules one table may make. Drools compiles each rule's actions to a class of its own:
   * about 3 ms a rule on a two-core machine, so ten thousand rules take half a minute to publish
   * and a hundred thousand would take minutes.
   */
  static final int MAX_RULES = 10_000;

  private DecisionTables() {}

  static List<DrlSource> drl(RuleFile file, List<BuildProblem> problems) {
    Optional<byte[]> bytes = TableInput.read(file, problems);
    if (bytes.isEmpty()) {
      return List.of();
    }
    DefaultRuleSheetListener listener =
        new DefaultRuleSheetListener(false, true); // no package from the table: it is relata
    Package table;
    try {
      inputType(file).createParser(listener).parseFile(new ByteArrayInputStream(bytes.get()));
      table = listener.getRuleSet();
    } catch (RuntimeException e) { // Drools and POI refuse a table by throwing
      problems.add(unreadable(file, e));
      return List.of();
    }
    List<BuildProblem> refused = new ArrayList<>(tooManyRules(file, table));
    refused.addAll(TableSettings.refused(file.path(), listener.getProperties()));
    if (!refused.isEmpty()) {
      problems.addAll(refused);
      return List.of();
    }
    String importCell =
        listener.getProperties().getSinglePropertyCell(DefaultRuleSheetListener.IMPORT_TAG);
    Optional<RowAlignedDrl> drl = RowAlignedDrl.of(file.path(), table, importCell, problems);
    if (drl.isEmpty()) {
      return List.of();
    }
    List<BuildProblem> unsafe = unsafe(drl.get());
    if (!unsafe.isEmpty()) {
      problems.addAll(unsafe);
      return List.of();
    }
    return List.of(new DrlSource(file.path(), drl.get().drl()));
  }

  private static List<BuildProblem> tooManyRules(RuleFile file, Package table) {
    int rules = table.getRules().size();
    if (rules <= MAX_RULES) {
      return List.of();
    }
    return List.of(
        new BuildProblem(
            file.path(),
            0,
            0,
            "the table makes "
                + rules
                + " rules, more than the "
                + MAX_RULES
                + " one table may make: split it into several files"));
  }

  /**
   * What the safety check refuses in the generated DRL, said of the table's rows. The builder
   * checks every DRL again, but would name a character of a generated rule instead of the row.
   */
  private static List<BuildProblem> unsafe(RowAlignedDrl drl) {
    return RuleSafety.check(drl.path(), drl.drl()).stream().map(drl::locate).toList();
  }

  private static InputType inputType(RuleFile file) {
    return file.kind() == RuleKind.XLSX ? InputType.XLS : InputType.CSV;
  }

  private static BuildProblem unreadable(RuleFile file, RuntimeException e) {
    String message = messageOf(e);
    if (message.startsWith("No RuleTable cells")) {
      return new BuildProblem(
          file.path(),
          0,
          0,
          "no cell starts with RuleTable: a decision table begins with a cell \"RuleTable <name>\""
              + " above its CONDITION and ACTION columns"
              + (file.kind() == RuleKind.XLSX ? " (only the first sheet is read)" : ""));
    }
    Optional<String> cell = TableSettings.cellNamedIn(message);
    if (cell.isPresent()) {
      return new BuildProblem(file.path(), TableSettings.rowOf(cell.get()), 0, message);
    }
    Throwable root = rootCause(e);
    if (root != e) {
      // Drools says "check that the content is xls97 format" whatever the format: the cause says
      // what is wrong.
      message =
          message.contains("xls97") ? messageOf(root) : message + " (" + messageOf(root) + ")";
    }
    String what = file.kind() == RuleKind.XLSX ? "the workbook" : "the table";
    return new BuildProblem(file.path(), 0, 0, "cannot read " + what + ": " + message);
  }

  private static String messageOf(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage().strip();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
