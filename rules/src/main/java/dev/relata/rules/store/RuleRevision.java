package dev.relata.rules.store;

import java.time.Instant;
import java.util.List;

/**
 * A published set of rule files.
 *
 * @param rolledBackTo the revision whose files this one restored, or null
 */
public record RuleRevision(
    long id,
    Instant createdAt,
    String author,
    String summary,
    List<String> added,
    List<String> changed,
    List<String> removed,
    Long rolledBackTo,
    int ruleCount) {

  public RuleRevision {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }
}
