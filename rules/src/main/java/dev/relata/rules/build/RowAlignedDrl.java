package dev.relata.rules.build;

import dev.relata.rules.facts.FactTypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.drools.template.model.DRLOutput;
import org.drools.template.model.Package;
import org.drools.template.model.Rule;

/**
 * The DRL of a decision table laid out so that line n of the DRL is row n of the table: package and
 * imports on line 1, then each rule written on one line, the line of the row it comes from. Drools
 * reports what it cannot compile by line, so a problem in the rule of row 12 comes back on line 12
 * of the table's file, a row the analyst can see (in a CSV file, also the line of the file).
 *
 * <p>Drools renders the rules themselves (conditions, actions, attributes); only where the lines
 * break is decided here.
 */
final class RowAlignedDrl {
  private static final int SETTINGS_LINE = 1;

  private final String path;
  private final String drl;
  private final Map<Integer, String> ruleOnLine;
  private final String importCell;

  private RowAlignedDrl(
      String path, String drl, Map<Integer, String> ruleOnLine, String importCell) {
    this.path = path;
    this.drl = drl;
    this.ruleOnLine = ruleOnLine;
    this.importCell = importCell;
  }

  /**
   * The DRL of the rules Drools read from a table, or empty after adding why it cannot be written.
   *
   * @param importCell the cell of the table's first Import setting, or null
   */
  static Optional<RowAlignedDrl> of(
      String path, Package table, String importCell, List<BuildProblem> problems) {
    List<Rule> rules = withContent(table.getRules());
    if (rules.isEmpty()) {
      problems.add(noRules(path, table.getRules()));
      return Optional.empty();
    }
    StringBuilder drl = new StringBuilder(settings(table));
    Map<Integer, String> ruleOnLine = new TreeMap<>();
    int line = SETTINGS_LINE;
    int before = problems.size();
    for (Rule rule : rules) {
      String oneLine = oneLine(rule);
      int row = rule.getSpreadsheetRowNumber();
      if (hasLineComment(oneLine)) {
        problems.add(
            new BuildProblem(
                path,
                row,
                0,
                "row "
                    + row
                    + ": a cell holds a // comment, which would hide the rest of rule "
                    + rule.getName()
                    + ": write /* … */ instead"));
      }
      // Rows only grow, and the first rule row comes five rows below its RuleTable cell, so the
      // settings line never takes a row's line; should it, the rule goes to the next free line.
      int target = Math.max(row, line + 1);
      drl.append("\n".repeat(target - line)).append(oneLine);
      line = target;
      ruleOnLine.put(line, rule.getName());
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new RowAlignedDrl(path, drl.append('\n').toString(), ruleOnLine, importCell));
  }

  String path() {
    return path;
  }

  String drl() {
    return drl;
  }

  /**
   * A problem found in the DRL (such as by {@link RuleSafety}) said of the table: the rule's row or
   * the Import cell, without a column that would count characters of the DRL nobody sees.
   */
  BuildProblem locate(BuildProblem inDrl) {
    String rule = ruleOnLine.get(inDrl.line());
    if (rule != null) {
      return new BuildProblem(
          path, inDrl.line(), 0, "row " + inDrl.line() + ", rule " + rule + ": " + inDrl.message());
    }
    if (inDrl.line() == SETTINGS_LINE && importCell != null) {
      return TableSettings.at(path, importCell, "Import: " + inDrl.message());
    }
    return new BuildProblem(path, 0, 0, inDrl.message());
  }

  /**
   * The package, dialect, imports and table-wide attributes on one line. Drools renders them from
   * the table with its rules set aside; the rules are rendered one by one after.
   */
  private static String settings(Package table) {
    List<Rule> rules = new ArrayList<>(table.getRules());
    table.getRules().clear();
    DRLOutput out = new DRLOutput();
    table.renderDRL(out);
    table.getRules().addAll(rules);
    return joined("package " + FactTypeNames.PACKAGE + ";\n" + out.getDRL());
  }

  private static String oneLine(Rule rule) {
    rule.setComment(null); // a "//" line naming the cells, which would end the line it is on
    DRLOutput out = new DRLOutput();
    rule.renderDRL(out);
    return joined(out.getDRL());
  }

  /** Lines joined by spaces, leaving out blank lines and whole-line comments. */
  private static String joined(String lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines.split("\\R")) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("//")) {
        kept.add(text);
      }
    }
    return String.join(" ", kept);
  }

  /**
   * Rules with a condition or an action. Drools starts the rule of a table's first row before it
   * reads that row, so a table without rows leaves one empty rule behind.
   */
  private static List<Rule> withContent(List<Rule> rules) {
    return rules.stream()
        .filter(r -> !r.getConditions().isEmpty() || !r.getConsequences().isEmpty())
        .toList();
  }

  private static BuildProblem noRules(String path, List<Rule> emptyRules) {
    int firstRow = emptyRules.isEmpty() ? 0 : emptyRules.get(0).getSpreadsheetRowNumber();
    return new BuildProblem(
        path,
        firstRow,
        0,
        "the table has no rules: below the cell \"RuleTable <name>\" come a row of CONDITION and"
            + " ACTION keywords, a row of fact types, a row of constraints and actions, a row of"
            + " comments, and then one row per rule with at least one value");
  }

  /**
   * Whether a {@code //} comment starts outside strings and block comments. In DRL of several lines
   * it would end at the line's end; on a rule's one line it would hide the rest of the rule.
   */
  private static boolean hasLineComment(String text) {
    char quote = 0;
    boolean inBlockComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inBlockComment) {
        if (text.startsWith("*/", i)) {
          inBlockComment = false;
          i++;
        }
      } else if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (text.startsWith("/*", i)) {
        inBlockComment = true;
        i++;
      } else if (text.startsWith("//", i)) {
        return true;
      }
    }
    return false;
  }
}
