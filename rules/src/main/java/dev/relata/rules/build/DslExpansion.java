package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Expands DSLR files with the DSL mappings of one build: the {@code .dsl} files of the working
 * copy, then the built-in Relata DSL ({@link RelataDsl}), so an administrator's sentence is tried
 * before a built-in one. Each {@code .dsl} file is parsed once, the first time a DSLR file needs it
 * or its problems are asked for; the built-in sentences are generated once, when the first DSLR
 * file is expanded, so builds without DSLR files never generate them.
 */
final class DslExpansion {
  /** How Drools' expander reports a line that no sentence matched. */
  private static final Pattern UNMATCHED =
      Pattern.compile("(?:\\[\\d+\\]\\s*)?Unable to expand:(.*)");

  private final Catalog catalog;
  private final List<RuleFile> dslFiles;
  private Map<String, Parsed> parsed;
  private BuiltInDsl builtIn;

  private record Parsed(DSLMapping mapping, List<BuildProblem> problems) {}

  DslExpansion(Catalog catalog, List<RuleFile> files) {
    this.catalog = catalog;
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
    for (Parsed mapping : parsed().values()) {
      if (mapping.mapping() != null) {
        expander.addDSLMapping(mapping.mapping());
      }
    }
    try {
      expander.addDSLMapping(builtIn().mappingFor(file.content()));
    } catch (IllegalStateException e) {
      // a label the generator did not foresee: refuse the file, not the whole server call
      problems.add(
          new BuildProblem(file.path(), 0, 0, "the Relata DSL cannot be used: " + e.getMessage()));
      return List.of();
    }
    String drl = expander.expand(file.content());
    if (expander.hasErrors()) {
      for (ExpanderException error : expander.getErrors()) {
        problems.add(
            new BuildProblem(file.path(), Math.max(error.getLine(), 0), 0, explain(error)));
      }
      return List.of();
    }
    return List.of(new DrlSource(file.path(), drl));
  }

  private BuiltInDsl builtIn() {
    if (builtIn == null) {
      builtIn = new BuiltInDsl(catalog);
    }
    return builtIn;
  }

  /** Drools says "[6] Unable to expand: the moon is full"; say what to do about it. */
  private static String explain(ExpanderException error) {
    String message = error.getMessage() == null ? "" : error.getMessage().strip();
    Matcher unmatched = UNMATCHED.matcher(message);
    if (!unmatched.matches()) {
      return message;
    }
    return "no sentence matches \""
        + unmatched.group(1).strip()
        + "\": write it as a sentence of the Relata DSL (see docs/rules.md), or add it to a .dsl"
        + " file";
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
