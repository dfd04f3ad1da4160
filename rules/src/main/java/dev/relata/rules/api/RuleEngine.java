package dev.relata.rules.api;

/**
 * Runs the rules in force on one record write. Every write of every source goes through it, inside
 * the write's transaction, after the input is coerced and before references are checked.
 *
 * <p>A rule that fails (throws, or never settles) refuses the write with a {@link
 * dev.relata.metadata.error.RelataException} naming the rule; it is never a server error.
 */
public interface RuleEngine {
  RuleOutcome apply(RecordWrite write);

  /**
   * Whether any rule could act on writes of this entity; when not, a write need not gather what
   * rules would see.
   */
  default boolean runsOn(dev.relata.metadata.model.EntityDefinition entity) {
    return true;
  }

  /** No rules at all: the outcome of every write is to change nothing. */
  RuleEngine NONE =
      new RuleEngine() {
        @Override
        public RuleOutcome apply(RecordWrite write) {
          return RuleOutcome.NONE;
        }

        @Override
        public boolean runsOn(dev.relata.metadata.model.EntityDefinition entity) {
          return false;
        }
      };
}
