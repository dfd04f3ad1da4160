package dev.relata.rules.build;

import dev.relata.rules.facts.FactTypeNames;
import java.util.List;
import java.util.Optional;

/**
 * Every rule file is in package {@code relata}, where the fact types and the consequence functions
 * are; an analyst need not say so. A file that names another package is refused, since its rules
 * could see neither.
 */
final class RulePackage {
  private RulePackage() {}

  /**
   * The DRL placed in package {@code relata}: as written when it says so, else with the package
   * statement put before its first line, on that line, so that line numbers stay the analyst's.
   */
  static Optional<DrlSource> place(DrlSource source, List<BuildProblem> problems) {
    List<RuleSafety.Token> tokens = new RuleSafety.Lexer(source.drl()).tokens();
    if (tokens.isEmpty() || !tokens.get(0).text().equals("package")) {
      return Optional.of(
          new DrlSource(source.path(), "package " + FactTypeNames.PACKAGE + "; " + source.drl()));
    }
    if (tokens.size() > 1 && tokens.get(1).text().equals(FactTypeNames.PACKAGE)) {
      return Optional.of(source);
    }
    RuleSafety.Token named = tokens.size() > 1 ? tokens.get(1) : tokens.get(0);
    problems.add(
        new BuildProblem(
            source.path(),
            named.line(),
            named.column(),
            "rule files are in package "
                + FactTypeNames.PACKAGE
                + " (leave the package statement out, or write package "
                + FactTypeNames.PACKAGE
                + ";)"));
    return Optional.empty();
  }
}
