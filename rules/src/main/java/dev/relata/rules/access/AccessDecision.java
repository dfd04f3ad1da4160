package dev.relata.rules.access;

import java.util.List;

/**
 * What the rules give a subject for one entity and action: records are allowed that some grant
 * reaches and no forbid does. It depends on the subject and the rules, never on a record.
 */
public record AccessDecision(List<AccessGrant> grants, List<AccessGrant> forbids) {
  public static final AccessDecision NOTHING = new AccessDecision(List.of(), List.of());

  public AccessDecision {
    grants = List.copyOf(grants);
    forbids = List.copyOf(forbids);
  }

  /** Whether no record can be allowed: no grant, or a forbid of every record. */
  public boolean deniesAll() {
    return grants.isEmpty() || forbids.stream().anyMatch(AccessGrant::unconditional);
  }
}
