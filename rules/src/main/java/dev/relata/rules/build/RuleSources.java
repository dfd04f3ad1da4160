package dev.relata.rules.build;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/** Turns each kind of rule file into the DRL it stands for. */
final class RuleSources {
  private RuleSources() {}

  /**
   * The DRL of {@code file}; none for files that are not rules themselves (DSL mappings, tests).
   * Problems are added to {@code problems}.
   */
  static List<DrlSource> drl(RuleFile file, List<RuleFile> all, List<BuildProblem> problems) {
    return switch (file.kind()) {
      case DRL -> List.of(new DrlSource(file.path(), file.content()));
      case DSLR -> expand(file, all, problems);
      case DSL -> {
        mapping(file, problems);
        yield List.of();
      }
      case TEST -> List.of();
      case CSV, XLSX -> {
        problems.add(
            new BuildProblem(
                file.path(), 0, 0, "decision tables are not supported by this version yet"));
        yield List.of();
      }
    };
  }

  /**
   * A DSLR file expanded with every DSL file beside it. The expander keeps one output line per
   * input line, so Drools' line numbers point into the DSLR file the analyst wrote.
   */
  private static List<DrlSource> expand(
      RuleFile file, List<RuleFile> all, List<BuildProblem> problems) {
    DefaultExpander expander = new DefaultExpander();
    boolean anyMapping = false;
    for (RuleFile other : all) {
      if (other.kind() == RuleKind.DSL) {
        DSLTokenizedMappingFile mapping = mapping(other, new java.util.ArrayList<>());
        if (mapping != null) {
          expander.addDSLMapping(mapping.getMapping());
          anyMapping = true;
        }
      }
    }
    if (!anyMapping) {
      problems.add(new BuildProblem(file.path(), 0, 0, "there is no .dsl file to expand it with"));
      return List.of();
    }
    String drl = expander.expand(file.content());
    if (expander.hasErrors()) {
      for (ExpanderException error : expander.getErrors()) {
        problems.add(
            new BuildProblem(file.path(), Math.max(error.getLine(), 0), 0, error.getMessage()));
      }
      return List.of();
    }
    return List.of(new DrlSource(file.path(), drl));
  }

  private static DSLTokenizedMappingFile mapping(RuleFile file, List<BuildProblem> problems) {
    DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
    try {
      if (mapping.parseAndLoad(new StringReader(file.content()))) {
        return mapping;
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new BuildProblem(file.path(), 0, 0, "cannot read the mapping: " + e));
      return null;
    }
    for (KnowledgeBuilderResult error : mapping.getErrors()) {
      int[] lines = error.getLines();
      int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
      problems.add(new BuildProblem(file.path(), line, 0, error.getMessage()));
    }
    return null;
  }
}
