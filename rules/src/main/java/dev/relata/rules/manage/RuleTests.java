package dev.relata.rules.manage;

import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.build.RuleKind;
import dev.relata.rules.verify.RuleTest;
import dev.relata.rules.verify.RuleTestFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rule tests of a set of files, and the problems of the test files that cannot be read. */
record RuleTests(List<RuleTest> tests, List<BuildProblem> problems) {
  static RuleTests of(Map<String, String> files) {
    List<RuleTest> tests = new ArrayList<>();
    List<BuildProblem> problems = new ArrayList<>();
    files.forEach(
        (path, content) -> {
          if (RuleKind.of(path).orElse(null) == RuleKind.TEST) {
            RuleTestFile.Parsed parsed = RuleTestFile.parse(path, content);
            tests.addAll(parsed.tests());
            problems.addAll(parsed.problems());
          }
        });
    return new RuleTests(List.copyOf(tests), List.copyOf(problems));
  }
}
