package dev.relata.rules.build;

import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.catalog.Catalog;
import dev.relata.rules.access.MatrixRules;
import dev.relata.rules.facts.FactDeclarations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds a rule base from rule files against a catalog, off to the side: nothing running is
 * touched, and any problem (a Drools error, an unsafe name, a file of the wrong kind) means no
 * base. Warnings do not stop a build.
 */
public final class RuleBuilder {
  private static final ClassLoader CLASSES = RuleBuilder.class.getClassLoader();

  private RuleBuilder() {}

  /** A build with the access policy every installation starts from ({@link AccessPolicy#EMPTY}). */
  public static BuildResult build(Catalog catalog, Collection<RuleFile> files, long revision) {
    return build(catalog, AccessPolicy.EMPTY, files, revision);
  }

  /**
   * Builds the files with the fact types of {@code catalog} and the permission matrix of {@code
   * policy} as generated rules ({@link MatrixRules}).
   */
  public static BuildResult build(
      Catalog catalog, AccessPolicy policy, Collection<RuleFile> files, long revision) {
    List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    List<BuildProblem> problems = new ArrayList<>();
    String declarations;
    try {
      declarations = FactDeclarations.source(catalog);
    } catch (IllegalStateException e) {
      return new BuildResult(null, List.of(new BuildProblem(null, 0, 0, e.getMessage())));
    }
    KnowledgeBuilder builder =
        KnowledgeBuilderFactory.newKnowledgeBuilder(
            KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, CLASSES));
    builder.add(resource(FactDeclarations.SOURCE_PATH, declarations), ResourceType.DRL);
    MatrixRules.Source matrix = MatrixRules.source(policy, catalog);
    builder.add(resource(MatrixRules.SOURCE_PATH, matrix.drl()), ResourceType.DRL);
    List<DrlSource> sources = new ArrayList<>();
    RuleSources kinds = new RuleSources(catalog, sorted);
    for (RuleFile file : sorted) {
      sources.addAll(kinds.drl(file, problems));
    }
    for (DrlSource source : sources) {
      problems.addAll(RuleSafety.check(source.path(), source.drl()));
    }
    if (!problems.isEmpty()) {
      return new BuildResult(null, problems);
    }
    for (DrlSource source : sources) {
      builder.add(resource(source.path(), source.drl()), ResourceType.DRL);
    }
    for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
      problems.add(problem(result));
    }
    if (!problems.isEmpty()) {
      return new BuildResult(null, problems);
    }
    KieBase kieBase = builder.newKieBase();
    int rules =
        kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum() - matrix.rules();
    return new BuildResult(new RuleBase(revision, catalog, sorted, kieBase, rules), List.of());
  }

  private static Resource resource(String path, String drl) {
    return ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
        .setSourcePath(path);
  }

  private static BuildProblem problem(KnowledgeBuilderResult result) {
    String path = result.getResource() == null ? null : result.getResource().getSourcePath();
    int[] lines = result.getLines();
    int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
    int column = 0;
    if (result instanceof ParserError parserError) {
      column = Math.max(parserError.getCol(), 0) + 1;
    }
    String message = result.getMessage();
    if (result instanceof KnowledgeBuilderError || result instanceof DroolsError) {
      message = message == null ? "" : message.strip();
    }
    return new BuildProblem(path, line, column, message);
  }
}
