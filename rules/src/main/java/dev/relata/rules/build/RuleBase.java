package dev.relata.rules.build;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.rules.facts.FactTypeNames;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * A compiled rule base and what it was built from. Immutable once built: a write takes the one in
 * force when it starts and finishes on it, whatever is published meanwhile.
 *
 * @param revision the published revision it was built from, or 0 for drafts and empty bases
 */
public record RuleBase(
    long revision, Catalog catalog, List<RuleFile> files, KieBase kieBase, int ruleCount) {

  public RuleBase {
    files = List.copyOf(files);
  }

  /** The fact type of an entity; empty if the entity is not in the catalog the base knows. */
  public Optional<FactType> factType(EntityDefinition entity) {
    if (kieBase == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        kieBase.getFactType(FactTypeNames.PACKAGE, FactTypeNames.of(entity.name())));
  }

  /** Whether there are no rules, so that writes need not run a session at all. */
  public boolean empty() {
    return ruleCount == 0;
  }
}
