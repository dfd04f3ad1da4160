package dev.relata.rules.api;

import dev.relata.metadata.error.FieldProblem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules made of a write.
 *
 * @param changes the fields rules changed, with values already coerced and checked like user input
 * @param owner the owner rules assigned, or null when they left it alone
 * @param problems the refusals (a non-empty list means nothing may be written)
 */
public record RuleOutcome(Map<String, Object> changes, Long owner, List<FieldProblem> problems) {
  public static final RuleOutcome NONE = new RuleOutcome(Map.of(), null, List.of());

  public RuleOutcome {
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    problems = List.copyOf(problems);
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
