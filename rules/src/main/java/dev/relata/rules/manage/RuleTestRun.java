package dev.relata.rules.manage;

import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.verify.RuleTestResult;
import java.util.List;

/**
 * What running the rule tests of the working copy found.
 *
 * @param problems why the rules or a test file cannot be read; no test ran if the rules did not
 *     build
 * @param results each test's result, in file order
 */
public record RuleTestRun(List<BuildProblem> problems, List<RuleTestResult> results) {
  public RuleTestRun {
    problems = List.copyOf(problems);
    results = List.copyOf(results);
  }

  /** Whether everything built and every test passed. */
  public boolean ok() {
    return problems.isEmpty() && results.stream().allMatch(RuleTestResult::passed);
  }
}
