package dev.relata.rules.build;

import dev.relata.rules.facts.FactTypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.PropertiesSheetListener.CaseInsensitiveMap;

/**
 * The settings written beside a decision table (a keyword cell and its value, such as {@code
 * RuleSet relata} or {@code Import java.time.LocalDate}) that Relata does not take, each refused at
 * its cell.
 */
final class TableSettings {
  /** Settings whose DRL a rule file of Relata may not hold, or that have no use in Relata. */
  private static final List<Map.Entry<String, String>> REFUSED =
      List.of(
          Map.entry(
              DefaultRuleSheetListener.VARIABLES_TAG,
              "rules cannot declare globals: a rule reaches only its facts and the functions reject,"
                  + " set and assign"),
          Map.entry(
              DefaultRuleSheetListener.FUNCTIONS_TAG,
              "rules cannot define functions: reject, set and assign are given to every rule"),
          Map.entry(
              DefaultRuleSheetListener.QUERIES_TAG,
              "Relata runs no queries: leave the Queries row out"),
          Map.entry(
              DefaultRuleSheetListener.DECLARES_TAG,
              "the fact types come from the entities: leave the Declare row out"),
          Map.entry(
              DefaultRuleSheetListener.UNIT_TAG,
              "Relata does not use rule units: leave the Unit row out"));

  private static final Pattern CELL = Pattern.compile("[A-Z]{1,3}([1-9][0-9]{0,6})");

  /** How Drools names a cell in its messages: "in cell C12", "Data cell C12", "in cells [B1, …". */
  private static final Pattern CELL_IN_MESSAGE =
      Pattern.compile("\\bcells? \\[?([A-Z]{1,3}[1-9][0-9]{0,6})\\b");

  private TableSettings() {}

  static List<BuildProblem> refused(String path, CaseInsensitiveMap settings) {
    List<BuildProblem> problems = new ArrayList<>();
    String ruleSet = settings.getSingleProperty(DefaultRuleSheetListener.RULESET_TAG, "").strip();
    // Refused rather than replaced by relata: a table written for another rule base (its
    // imports, its fact types) would otherwise build against ours without anyone noticing, and
    // the fix is one cell.
    if (!ruleSet.isEmpty() && !ruleSet.equals(FactTypeNames.PACKAGE)) {
      String cell = settings.getSinglePropertyCell(DefaultRuleSheetListener.RULESET_TAG);
      problems.add(
          at(
              path,
              cell,
              "RuleSet is \""
                  + ruleSet
                  + "\", but rules live in package "
                  + FactTypeNames.PACKAGE
                  + " with the entities' fact types and the functions reject, set and assign:"
                  + " write "
                  + FactTypeNames.PACKAGE
                  + " there or leave the RuleSet row out"));
    }
    for (Map.Entry<String, String> setting : REFUSED) {
      List<String> values = settings.getProperty(setting.getKey());
      List<String> cells = settings.getPropertyCells(setting.getKey());
      for (int i = 0; values != null && i < values.size(); i++) {
        if (!values.get(i).isBlank()) {
          problems.add(at(path, cells.get(i), setting.getKey() + ": " + setting.getValue()));
          break;
        }
      }
    }
    return problems;
  }

  /** A problem at a cell such as {@code B12}: the line is its row, the message names it. */
  static BuildProblem at(String path, String cell, String message) {
    return new BuildProblem(path, rowOf(cell), 0, "cell " + cell + ": " + message);
  }

  /** The first cell a message of Drools names ("… in cell C12"), if it names one. */
  static Optional<String> cellNamedIn(String message) {
    Matcher cell = CELL_IN_MESSAGE.matcher(message == null ? "" : message);
    return cell.find() ? Optional.of(cell.group(1)) : Optional.empty();
  }

  /** The row of a cell such as {@code C12}, or 0 if it is not a cell's name. */
  static int rowOf(String cell) {
    Matcher name = CELL.matcher(cell == null ? "" : cell);
    return name.matches() ? Integer.parseInt(name.group(1)) : 0;
  }
}
