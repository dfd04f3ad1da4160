package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.rules.api.People;
import dev.relata.rules.api.WriteKind;
import dev.relata.rules.facts.FactTypeNames;
import dev.relata.rules.verify.RuleTest;
import dev.relata.rules.verify.RuleTestRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds throw-away rule bases of generated rules over the catalog, so that the JIT has compiled
 * the DRL parser, MVEL's constraint analysis and the Java compiler of the consequences before an
 * analyst's first publish. On a cold JVM those take most of a first publish (about 12 s for 1,000
 * rules instead of 4.5 s warm; docs/benchmarks.md, "Rules"). Nothing built here is kept or swapped
 * in.
 */
public final class CompilerWarmUp {
  /** Rules a round builds; enough for the hot compiler paths to reach the JIT's thresholds. */
  public static final int RULES_PER_ROUND = 400;

  private static final int RULES_PER_FILE = 100;
  private static final String HEADER =
      "import java.math.BigDecimal;\nimport java.time.LocalDate;\n";

  private CompilerWarmUp() {}

  /**
   * Builds {@code rounds} rule bases of {@value #RULES_PER_ROUND} generated rules each and returns
   * the problems of the last one: none, unless a generated rule no longer compiles (then the
   * warm-up warms less, and a test says so).
   */
  public static List<BuildProblem> run(Catalog catalog, int rounds) {
    List<BuildProblem> problems = List.of();
    for (int round = 0; round < rounds; round++) {
      BuildResult result = RuleBuilder.build(catalog, files(catalog, round), 0);
      problems = result.problems();
      if (result.ok()) {
        RuleTestRunner.run(result.base(), tests(catalog), People.NOBODY);
      }
    }
    return problems;
  }

  /** The generated files of one round; empty when no entity has a field a rule can test. */
  static List<RuleFile> files(Catalog catalog, int round) {
    List<Target> targets = targets(catalog);
    List<RuleFile> files = new ArrayList<>();
    if (targets.isEmpty()) {
      return files;
    }
    StringBuilder drl = new StringBuilder(HEADER);
    for (int i = 0; i < RULES_PER_ROUND; i++) {
      drl.append(rule(targets.get(i % targets.size()), i, round));
      if ((i + 1) % RULES_PER_FILE == 0 || i == RULES_PER_ROUND - 1) {
        files.add(
            new RuleFile("relata-warm-up/rules_" + i / RULES_PER_FILE + ".drl", drl.toString()));
        drl = new StringBuilder(HEADER);
      }
    }
    return files;
  }

  /** An empty create of every entity, so that sessions are made and fired as rule tests do. */
  private static List<RuleTest> tests(Catalog catalog) {
    return catalog.active().stream()
        .map(
            entity ->
                new RuleTest(
                    "relata-warm-up/tests.test.json",
                    1,
                    "Warm-up " + entity.name(),
                    entity.name(),
                    WriteKind.CREATE,
                    Map.of(),
                    Map.of(),
                    new RuleTest.User("warm-up", Set.of(), null),
                    true,
                    Map.of(),
                    Map.of(),
                    null))
        .toList();
  }

  /** An entity's field a generated rule can compare with a literal of its type. */
  private record Target(String type, String field, String javaType) {}

  private static List<Target> targets(Catalog catalog) {
    List<Target> targets = new ArrayList<>();
    List<EntityDefinition> entities =
        catalog.active().stream().sorted(Comparator.comparing(EntityDefinition::name)).toList();
    for (EntityDefinition entity : entities) {
      for (FieldDefinition field : entity.activeFields()) {
        String javaType =
            switch (field.type()) {
              case INTEGER, LOOKUP, USER -> "Long";
              case DECIMAL, CURRENCY, PERCENT -> "BigDecimal";
              case DATE -> "LocalDate";
              case TEXT, LONGTEXT, EMAIL, PHONE, URL, PICKLIST -> "String";
              default -> null;
            };
        if (javaType != null) {
          targets.add(new Target(FactTypeNames.of(entity.name()), field.name(), javaType));
        }
      }
    }
    return targets;
  }

  /**
   * One rule in the shapes analysts write: null checks and comparisons with a literal, a binding,
   * the write and the acting user, and a consequence that refuses or sets a value.
   */
  private static String rule(Target target, int i, int round) {
    int k = i * 7 + round;
    String comparison =
        switch (target.javaType()) {
          case "Long" -> target.field() + " > " + (1_000L + k);
          case "BigDecimal" -> target.field() + " >= " + (10_000 + k);
          case "LocalDate" -> target.field() + " < LocalDate.of(2000, 1, " + (1 + k % 28) + ")";
          default -> target.field() + " == \"warm-up " + k + "\"";
        };
    String when =
        switch (i % 3) {
          case 0 ->
              String.format("  %s( %s != null, %s )%n", target.type(), target.field(), comparison);
          case 1 ->
              String.format(
                  "  $r : %s( id != null, %s )%n  Write( update, changed(\"%s\") )%n",
                  target.type(), comparison, target.field());
          default ->
              String.format(
                  "  %s( owner != null, %s )%n  Actor( !hasRole(\"warm_up_%d\") )%n",
                  target.type(), comparison, k);
        };
    String then =
        i % 2 == 0
            ? String.format("  reject(\"%s\", \"Warm-up rule %d\");%n", target.field(), k)
            : String.format("  set(\"%s\", null);%n", target.field());
    return String.format("%nrule \"Warm-up %d\"%nwhen%n%sthen%n%send%n", i, when, then);
  }
}
