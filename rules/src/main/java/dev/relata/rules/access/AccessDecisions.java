package dev.relata.rules.access;

import dev.relata.metadata.access.AccessAction;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.facts.AccessRequest;
import dev.relata.rules.facts.Subject;
import dev.relata.rules.run.RuleRef;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs the access rules of a rule base (the generated matrix and the analysts' sharing and
 * restriction rules) for one subject, entity and action. The answer holds for every record of the
 * entity, so callers cache it per subject, entity, action and rule base.
 */
public final class AccessDecisions {
  /** More firings than this for one decision is a rule that loops. */
  public static final int FIRE_LIMIT = 10_000;

  private AccessDecisions() {}

  public static AccessDecision decide(
      RuleBase base, Subject subject, String entity, AccessAction action) {
    if (base.kieBase() == null) {
      return AccessDecision.NOTHING;
    }
    KieSession session = base.kieBase().newKieSession();
    AccessConsequences.Collector collector = AccessConsequences.enter();
    try {
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
              collector.firing = RuleRef.of(event.getMatch().getRule());
            }
          });
      session.insert(subject);
      session.insert(new AccessRequest(entity, action.apiName()));
      int fired = session.fireAllRules(FIRE_LIMIT);
      if (fired >= FIRE_LIMIT) {
        throw new IllegalStateException(
            "The access rules fired " + FIRE_LIMIT + " times; the last was " + collector.firing);
      }
      return new AccessDecision(collector.grants, collector.forbids);
    } finally {
      AccessConsequences.leave();
      session.dispose();
    }
  }
}
