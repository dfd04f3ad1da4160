package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Expands DSLR files with the DSL mappings of one build. Each {@code .dsl} file is parsed once, the
 * first time a DSLR file needs it or its problems are asked for.
 */
final class DslExpansion {
  private final List<RuleFile> dslFiles;
  private Map<String, Parsed> parsed;

  private record Parsed(DSLMapping mapping, List<BuildProblem> problems) {}

  DslExpansion(Catalog catalog, List<RuleFile> files) {
    this.dslFiles = files.stream().filter(f -> f.kind() == RuleKind.DSL).toList();
  }

  /** The problems of a {@code .dsl} file itself. */
  List<BuildProblem> problemsOf(RuleFile dslFile) {
    Parsed file = parsed().get(dslFile.path());
    return file == null ? List.of() : file.problems();
  }

  /**
   * A DSLR file expanded with every mapping. The expander keeps one output line per input line, so
   * Drools' line numbers point into the DSLR file the analyst wrote.
   */
  List<DrlSource> expand(RuleFile file, List<BuildProblem> problems) {
    DefaultExpander expander = new DefaultExpander();
    boolean anyMapping = false;
    for (Parsed mapping : parsed().values()) {
      if (mapping.mapping() != null) {
        expander.addDSLMapping(mapping.mapping());
        anyMapping = true;
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

  private Map<String, Parsed> parsed() {
    if (parsed == null) {
      parsed = new LinkedHashMap<>();
      for (RuleFile file : dslFiles) {
        parsed.put(file.path(), parse(file));
      }
    }
    return parsed;
  }

  private static Parsed parse(RuleFile file) {
    DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
    List<BuildProblem> problems = new ArrayList<>();
    try {
      if (mapping.parseAndLoad(new StringReader(file.content()))) {
        return new Parsed(mapping.getMapping(), List.of());
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new BuildProblem(file.path(), 0, 0, "cannot read the mapping: " + e));
      return new Parsed(null, problems);
    }
    for (KnowledgeBuilderResult error : mapping.getErrors()) {
      int[] lines = error.getLines();
      int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
      problems.add(new BuildProblem(file.path(), line, 0, error.getMessage()));
    }
    return new Parsed(null, problems);
  }
}
