package dev.relata.rules.access;

import dev.relata.metadata.access.Scope;
import dev.relata.rules.run.RuleRef;

/**
 * One grant or forbid an access decision yields: to the records a {@link Scope} reaches (from the
 * matrix), or to those matching a condition in the filter language (from an analyst's rule), or to
 * every record (neither). {@code source} names the rule, for explanations.
 */
public record AccessGrant(Effect effect, Scope scope, String condition, RuleRef source) {
  public enum Effect {
    GRANT,
    FORBID
  }

  /** Whether it reaches every record, whatever the record holds. */
  public boolean unconditional() {
    return (scope == null || scope == Scope.ALL) && condition == null;
  }
}
