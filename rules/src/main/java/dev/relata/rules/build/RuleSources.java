package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import java.util.List;

/**
 * Turns each kind of rule file into the DRL it stands for, for one build: what several files share
 * (the DSL mappings) is read once.
 */
final class RuleSources {
  private final DslExpansion dsl;

  RuleSources(Catalog catalog, List<RuleFile> files) {
    this.dsl = new DslExpansion(catalog, files);
  }

  /**
   * The DRL of {@code file}; none for files that are not rules themselves (DSL mappings, tests).
   * Problems are added to {@code problems}.
   */
  List<DrlSource> drl(RuleFile file, List<BuildProblem> problems) {
    return switch (file.kind()) {
      case DRL -> inRelata(List.of(new DrlSource(file.path(), file.content())), problems);
      case DSLR -> inRelata(dsl.expand(file, problems), problems);
      case DSL -> {
        problems.addAll(dsl.problemsOf(file));
        yield List.of();
      }
      case TEST -> List.of();
      case CSV, XLSX -> DecisionTables.drl(file, problems);
    };
  }

  private static List<DrlSource> inRelata(List<DrlSource> sources, List<BuildProblem> problems) {
    return sources.stream().flatMap(s -> RulePackage.place(s, problems).stream()).toList();
  }
}
