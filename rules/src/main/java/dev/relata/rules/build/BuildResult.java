package dev.relata.rules.build;

import java.util.List;

/** A rule base, or the problems that kept one from being built. */
public record BuildResult(RuleBase base, List<BuildProblem> problems) {
  public BuildResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
