package dev.relata.rules.build;

import java.util.List;

/** Decision tables (CSV and XLSX) compiled to DRL. */
final class DecisionTables {
  private DecisionTables() {}

  static List<DrlSource> drl(RuleFile file, List<BuildProblem> problems) {
    problems.add(
        new BuildProblem(
            file.path(), 0, 0, "decision tables are not supported by this version yet"));
    return List.of();
  }
}
