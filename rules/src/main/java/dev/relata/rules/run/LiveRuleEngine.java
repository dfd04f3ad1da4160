package dev.relata.rules.run;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldValues;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleEngine;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.facts.Actor;
import dev.relata.rules.facts.Write;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The rule engine writes use: it runs the rule base in force and lets a new one be swapped in at
 * any time. A write takes the base once, when it starts, and finishes on it.
 *
 * <p>A write runs in up to two passes. The first fires rules until the record settles. If rules
 * changed it, a second pass starts from the settled record, so that refusals are those that hold
 * for the record as it will be saved, not for a state the rules passed through; a rule that still
 * changes something in the second pass never settles and refuses the write.
 */
public final class LiveRuleEngine implements RuleEngine {
  /** Firings per pass before the rules are stopped: far above any honest write's need. */
  public static final int FIRE_LIMIT = 10_000;

  /** Time per pass, checked between firings. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

  private static final int MAX_DETAIL = 300;

  private final AtomicReference<RuleBase> current;

  public LiveRuleEngine(RuleBase initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
  }

  public RuleBase current() {
    return current.get();
  }

  /** Puts {@code next} in force for writes that start from now on. */
  public void swap(RuleBase next) {
    current.set(Objects.requireNonNull(next));
  }

  /** Puts {@code next} in force only if {@code expected} is still in force. */
  public boolean swap(RuleBase expected, RuleBase next) {
    return current.compareAndSet(expected, Objects.requireNonNull(next));
  }

  @Override
  public RuleOutcome apply(RecordWrite write) {
    return apply(current.get(), write);
  }

  @Override
  public boolean runsOn(EntityDefinition entity) {
    RuleBase base = current.get();
    return !base.empty() && base.factType(entity).isPresent();
  }

  /** Runs {@code base} on a write, whether or not it is in force (for rule tests and drafts). */
  public static RuleOutcome apply(RuleBase base, RecordWrite write) {
    if (base.empty()) {
      return RuleOutcome.NONE;
    }
    FactType type = base.factType(write.entity()).orElse(null);
    if (type == null) {
      return RuleOutcome.NONE;
    }
    Pass first = Pass.run(base, type, write, write.values(), write.owner());
    List<FieldProblem> problems = new ArrayList<>(first.run.badValues());
    Map<String, Object> settled = first.run.values();
    Long owner = first.run.owner();
    boolean changed =
        !sameValues(write, write.values(), settled) || !Objects.equals(owner, write.owner());
    List<FieldProblem> rejections = first.run.rejections();
    if (changed && problems.isEmpty()) {
      Pass second = Pass.run(base, type, write, settled, owner);
      // A change in the second pass means the rules do not settle, whether a rule called set()
      // or changed the fact itself with modify().
      Map<String, Object> again = second.run.values();
      String unsettled =
          second.run.changedBy().keySet().stream()
              .findFirst()
              .or(
                  () ->
                      write.entity().activeFields().stream()
                          .map(FieldDefinition::name)
                          .filter(f -> !Objects.equals(settled.get(f), again.get(f)))
                          .findFirst())
              .orElse(Objects.equals(second.run.owner(), owner) ? null : "owner");
      if (unsettled != null || !second.run.badValues().isEmpty()) {
        String field = unsettled == null ? "?" : unsettled;
        String rule = second.run.changedBy().getOrDefault(field, second.run.rule());
        throw refusal(Message.of("rule.unsettled", rule, field));
      }
      rejections = second.run.rejections();
    }
    problems.addAll(rejections);
    Map<String, Object> changes = new LinkedHashMap<>();
    for (FieldDefinition field : write.entity().activeFields()) {
      Object before = write.values().get(field.name());
      Object after = settled.get(field.name());
      if (Objects.equals(before, after)) {
        continue;
      }
      // set() coerced already; this catches values a rule wrote with modify() instead
      FieldValues.Result result =
          FieldValues.coerce(field, after, write.before().get(field.name()));
      if (result.ok()) {
        changes.put(field.name(), result.value());
      } else {
        problems.add(
            new FieldProblem(
                field.name(),
                result.problem().code(),
                Message.of(
                    "rule.set.invalid",
                    first.run.changedBy().getOrDefault(field.name(), "?"),
                    result.problem().text())));
      }
    }
    return new RuleOutcome(changes, Objects.equals(owner, write.owner()) ? null : owner, problems);
  }

  private static boolean sameValues(
      RecordWrite write, Map<String, Object> before, Map<String, Object> after) {
    for (FieldDefinition field : write.entity().activeFields()) {
      if (!Objects.equals(before.get(field.name()), after.get(field.name()))) {
        return false;
      }
    }
    return true;
  }

  static RelataException refusal(Message text) {
    return new RelataException(
        ErrorKind.UNPROCESSABLE, text, List.of(new FieldProblem("record", "rule_failed", text)));
  }

  static String detail(Throwable e) {
    String text =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
  }

  /** One pass: a session, the record's fact and the write's context, fired under the limits. */
  private record Pass(WriteRun run) {
    static Pass run(
        RuleBase base, FactType type, RecordWrite write, Map<String, Object> values, Long owner) {
      WriteRun run = new WriteRun(write, type, new HashMap<>(values), owner);
      KieSession session = base.kieBase().newKieSession();
      long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
      Map<RuleRef, Integer> firings = new HashMap<>();
      boolean[] timedOut = {false};
      RuleRef[] last = {null};
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
              RuleRef rule = RuleRef.of(event.getMatch().getRule());
              last[0] = rule;
              run.ruleStarts(rule);
              firings.merge(rule, 1, Integer::sum);
              if (System.nanoTime() > deadline) {
                timedOut[0] = true;
                session.halt();
              }
            }
          });
      Consequences.enter(run);
      try {
        run.attach(session, session.insert(run.fact()));
        session.insert(new Write(write.entity().name(), write.kind(), write.before(), run::value));
        session.insert(new Actor(write.actor()));
        int fired = session.fireAllRules(FIRE_LIMIT);
        if (timedOut[0]) {
          throw refusal(
              Message.of("rule.time_limit", TIME_LIMIT.toMillis(), String.valueOf(last[0])));
        }
        if (fired >= FIRE_LIMIT) {
          RuleRef most =
              firings.entrySet().stream()
                  .max(Map.Entry.comparingByValue())
                  .map(Map.Entry::getKey)
                  .orElse(null);
          throw refusal(Message.of("rule.fire_limit", FIRE_LIMIT, String.valueOf(most)));
        }
        return new Pass(run);
      } catch (ConsequenceException e) {
        RuleRef rule = e.getMatch() == null ? last[0] : RuleRef.of(e.getMatch().getRule());
        throw failure(String.valueOf(rule), e.getCause() == null ? e : e.getCause());
      } catch (RelataException e) {
        throw e;
      } catch (RuntimeException e) {
        throw failure(null, e);
      } finally {
        Consequences.leave();
        session.dispose();
      }
    }

    private static RelataException failure(String rule, Throwable cause) {
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t instanceof RuleUsageException usage) {
          return refusal(usage.text());
        }
        if (t instanceof RelataException relata) {
          return relata;
        }
      }
      return rule == null
          ? refusal(Message.of("rule.condition_failed", detail(cause)))
          : refusal(Message.of("rule.failed", rule, detail(cause)));
    }
  }
}
