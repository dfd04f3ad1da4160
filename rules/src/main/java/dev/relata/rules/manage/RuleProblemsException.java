package dev.relata.rules.manage;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.rules.build.BuildProblem;
import java.util.List;

/**
 * Rules that cannot be put in force, with each problem's file, line and column. The field problems
 * carry the same, one per problem, for clients that read only those.
 */
public final class RuleProblemsException extends RelataException {
  private final transient List<BuildProblem> buildProblems;

  public RuleProblemsException(ErrorKind kind, Message text, List<BuildProblem> problems) {
    super(kind, text, problems.stream().map(RuleProblemsException::fieldProblem).toList());
    this.buildProblems = List.copyOf(problems);
  }

  public List<BuildProblem> buildProblems() {
    return buildProblems;
  }

  private static FieldProblem fieldProblem(BuildProblem problem) {
    return new FieldProblem(
        problem.path() == null ? "rules" : problem.path(),
        "rule_problem",
        problem.line() > 0 && problem.column() > 0
            ? Message.of(
                "rule.problem.line_column", problem.line(), problem.column(), problem.message())
            : problem.line() > 0
                ? Message.of("rule.problem.line", problem.line(), problem.message())
                : Message.of("rule.problem.file", problem.message()));
  }
}
