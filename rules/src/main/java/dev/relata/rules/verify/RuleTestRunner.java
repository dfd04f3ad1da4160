package dev.relata.rules.verify;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldValues;
import dev.relata.rules.api.People;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleActor;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.api.WriteKind;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.run.LiveRuleEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs rule tests on a rule base, as writes would run: the test's values are coerced like input,
 * the rules see the test's user, and assignment finds users in the directory given.
 */
public final class RuleTestRunner {
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private RuleTestRunner() {}

  public static List<RuleTestResult> run(RuleBase base, List<RuleTest> tests, People people) {
    return tests.stream().map(test -> run(base, test, people)).toList();
  }

  static RuleTestResult run(RuleBase base, RuleTest test, People people) {
    List<Message> failures = new ArrayList<>();
    Optional<EntityDefinition> entity = base.catalog().find(test.entity());
    if (entity.isEmpty()) {
      failures.add(Message.of("rule.test.unknown_entity", test.entity()));
      return result(test, failures);
    }
    Map<String, Object> before = coerce(entity.get(), test.before(), Map.of(), failures);
    Map<String, Object> values = new HashMap<>(before);
    values.putAll(coerce(entity.get(), test.record(), before, failures));
    if (!failures.isEmpty()) {
      return result(test, failures);
    }
    long actorId = people.user(test.user().username()).orElse(0L);
    RecordWrite write =
        new RecordWrite(
            entity.get(),
            test.kind(),
            test.kind() == WriteKind.UPDATE ? 1L : null,
            test.kind() == WriteKind.UPDATE ? 1L : null,
            actorId,
            values,
            before,
            new RuleActor(
                actorId, test.user().username(), test.user().roles(), test.user().department()),
            people);
    RuleOutcome outcome;
    try {
      outcome = LiveRuleEngine.apply(base, write);
    } catch (RelataException e) {
      failures.add(Message.of("rule.test.failed", e.text()));
      return result(test, failures);
    }
    checkErrors(test, outcome, failures);
    checkValues(entity.get(), test, values, outcome, failures);
    checkOwner(test, actorId, outcome, people, failures);
    return result(test, failures);
  }

  private static void checkErrors(RuleTest test, RuleOutcome outcome, List<Message> failures) {
    if (test.expectAccepted()) {
      if (!outcome.accepted()) {
        failures.add(Message.of("rule.test.refused", describe(outcome.problems())));
      }
      return;
    }
    if (outcome.accepted()) {
      failures.add(
          Message.of("rule.test.accepted", String.join(", ", test.expectErrors().keySet())));
      return;
    }
    for (Map.Entry<String, String> expected : test.expectErrors().entrySet()) {
      List<FieldProblem> onField =
          outcome.problems().stream().filter(p -> p.field().equals(expected.getKey())).toList();
      if (onField.isEmpty()) {
        failures.add(
            Message.of("rule.test.no_error", expected.getKey(), describe(outcome.problems())));
      } else if (expected.getValue() != null
          && onField.stream().noneMatch(p -> says(p, expected.getValue()))) {
        failures.add(
            Message.of(
                "rule.test.wrong_message",
                expected.getKey(),
                onField.get(0).message(),
                expected.getValue()));
      }
    }
    for (FieldProblem problem : outcome.problems()) {
      if (!test.expectErrors().containsKey(problem.field())) {
        failures.add(Message.of("rule.test.extra_error", problem.field(), problem.message()));
      }
    }
  }

  /** Whether a problem says the message expected, in English or in Chinese. */
  private static boolean says(FieldProblem problem, String expected) {
    return expected.equals(problem.message()) || expected.equals(problem.text().in(CHINESE));
  }

  private static void checkValues(
      EntityDefinition entity,
      RuleTest test,
      Map<String, Object> values,
      RuleOutcome outcome,
      List<Message> failures) {
    for (Map.Entry<String, Object> expected : test.expectValues().entrySet()) {
      Optional<FieldDefinition> field = entity.field(expected.getKey()).filter(f -> !f.deleted());
      if (field.isEmpty()) {
        failures.add(Message.of("rule.test.unknown_field", expected.getKey(), entity.name()));
        continue;
      }
      FieldValues.Result want = FieldValues.coerce(field.get(), expected.getValue(), null);
      if (!want.ok()) {
        failures.add(Message.of("rule.test.bad_value", expected.getKey(), want.problem().text()));
        continue;
      }
      Object actual =
          outcome.changes().containsKey(expected.getKey())
              ? outcome.changes().get(expected.getKey())
              : values.get(expected.getKey());
      if (!same(want.value(), actual)) {
        failures.add(
            Message.of(
                "rule.test.wrong_value",
                expected.getKey(),
                String.valueOf(actual),
                String.valueOf(want.value())));
      }
    }
  }

  private static void checkOwner(
      RuleTest test, long actorId, RuleOutcome outcome, People people, List<Message> failures) {
    if (test.expectOwner() == null) {
      return;
    }
    Optional<Long> expected = people.user(test.expectOwner());
    if (expected.isEmpty()) {
      failures.add(Message.of("rule.test.unknown_user", test.expectOwner()));
      return;
    }
    if (outcome.owner() == null) {
      if (actorId != expected.get()) {
        failures.add(Message.of("rule.test.owner_unchanged", test.expectOwner()));
      }
    } else if (!outcome.owner().equals(expected.get())) {
      failures.add(Message.of("rule.test.wrong_owner", test.expectOwner(), outcome.owner()));
    }
  }

  private static Map<String, Object> coerce(
      EntityDefinition entity,
      Map<String, Object> raw,
      Map<String, Object> before,
      List<Message> failures) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, Object> entry : raw.entrySet()) {
      Optional<FieldDefinition> field = entity.field(entry.getKey()).filter(f -> !f.deleted());
      if (field.isEmpty()) {
        failures.add(Message.of("rule.test.unknown_field", entry.getKey(), entity.name()));
        continue;
      }
      FieldValues.Result result =
          FieldValues.coerce(field.get(), entry.getValue(), before.get(entry.getKey()));
      if (result.ok()) {
        values.put(entry.getKey(), result.value());
      } else {
        failures.add(Message.of("rule.test.bad_value", entry.getKey(), result.problem().text()));
      }
    }
    return values;
  }

  private static boolean same(Object expected, Object actual) {
    if (expected instanceof BigDecimal a && actual instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(expected, actual);
  }

  private static String describe(List<FieldProblem> problems) {
    return String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
  }

  private static RuleTestResult result(RuleTest test, List<Message> failures) {
    return new RuleTestResult(test.path(), test.line(), test.name(), failures);
  }
}
