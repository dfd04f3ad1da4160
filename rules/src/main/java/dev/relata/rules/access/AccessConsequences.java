package dev.relata.rules.access;

import dev.relata.metadata.access.Scope;
import dev.relata.rules.access.AccessGrant.Effect;
import dev.relata.rules.run.RuleRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions an access rule's consequence may call, imported into every rule file of package
 * {@code relata}: {@code grantScope("own")} (the records a scope reaches), {@code
 * grantWhere("priority eq 'urgent'")} (the records a condition matches), {@code forbid()} and
 * {@code forbidWhere(…)}. A forbid wins over every grant. They work only while an access decision
 * runs.
 */
public final class AccessConsequences {
  private static final ThreadLocal<Collector> CURRENT = new ThreadLocal<>();

  private AccessConsequences() {}

  /** Grants the records {@code scope} reaches ({@code own}, {@code department}, … {@code all}). */
  public static void grantScope(String scope) {
    collector().add(Effect.GRANT, scope(scope), null);
  }

  /** Grants the records that match {@code condition}, written in the filter language. */
  public static void grantWhere(String condition) {
    collector().add(Effect.GRANT, null, condition(condition));
  }

  /** Forbids every record, whatever any grant says. */
  public static void forbid() {
    collector().add(Effect.FORBID, null, null);
  }

  /** Forbids the records that match {@code condition}, whatever any grant says. */
  public static void forbidWhere(String condition) {
    collector().add(Effect.FORBID, null, condition(condition));
  }

  private static Scope scope(String name) {
    return Scope.of(name)
        .orElseThrow(
            () -> new IllegalArgumentException("grantScope(\"" + name + "\"): not a scope"));
  }

  private static String condition(String condition) {
    if (condition == null || condition.isBlank()) {
      throw new IllegalArgumentException("a condition must not be empty");
    }
    return condition.strip();
  }

  private static Collector collector() {
    Collector collector = CURRENT.get();
    if (collector == null) {
      throw new IllegalStateException("access functions work only while an access decision runs");
    }
    return collector;
  }

  static Collector enter() {
    Collector collector = new Collector();
    CURRENT.set(collector);
    return collector;
  }

  static void leave() {
    CURRENT.remove();
  }

  /** What one decision's rules granted and forbade, and which rule fires now. */
  static final class Collector {
    final List<AccessGrant> grants = new ArrayList<>();
    final List<AccessGrant> forbids = new ArrayList<>();
    RuleRef firing;

    void add(Effect effect, Scope scope, String condition) {
      AccessGrant grant = new AccessGrant(effect, scope, condition, firing);
      (effect == Effect.GRANT ? grants : forbids).add(grant);
    }
  }
}
