package dev.relata.rules.run;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.LocalizedText;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldValues;
import dev.relata.rules.api.RecordWrite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One pass of the rules over one write: the record's fact in a session, and what the functions of
 * {@link Consequences} did to it. Values set by rules are coerced and checked like user input; a
 * value that fails is a problem on its field, naming the rule.
 */
final class WriteRun {
  enum Assignee {
    USER,
    DEPARTMENT_HEAD,
    ROLE
  }

  private final RecordWrite write;
  private final FactType type;
  private final Object fact;
  private KieSession session;
  private FactHandle handle;
  private final List<FieldProblem> rejections = new ArrayList<>();
  private final List<FieldProblem> badValues = new ArrayList<>();
  private final Map<String, String> changedBy = new LinkedHashMap<>();
  private RuleRef currentRule;

  WriteRun(RecordWrite write, FactType type, Map<String, Object> values, Long owner) {
    this.write = write;
    this.type = type;
    try {
      this.fact = type.newInstance();
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("Cannot make a fact of " + type.getName(), e);
    }
    type.set(fact, "id", write.id());
    type.set(fact, "version", write.version());
    type.set(fact, "owner", owner);
    for (FieldDefinition field : write.entity().activeFields()) {
      // A field added since the base was built is not in its type until the rebuild swaps in.
      if (type.getField(field.name()) != null) {
        type.set(fact, field.name(), values.get(field.name()));
      }
    }
  }

  /** A rule's own message, in English and Chinese (the English one when none was given). */
  record RuleText(String english, String chinese) implements LocalizedText {
    @Override
    public String in(java.util.Locale locale) {
      return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    @Override
    public String toString() {
      return english;
    }
  }

  Object fact() {
    return fact;
  }

  void attach(KieSession kieSession, FactHandle factHandle) {
    this.session = kieSession;
    this.handle = factHandle;
  }

  void ruleStarts(RuleRef rule) {
    this.currentRule = rule;
  }

  /** Reads a field of the record as it stands now. */
  Object value(String field) {
    return type.get(fact, field);
  }

  /** The active fields' values and the owner as the rules left them. */
  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDefinition field : write.entity().activeFields()) {
      values.put(
          field.name(),
          type.getField(field.name()) == null
              ? write.values().get(field.name())
              : type.get(fact, field.name()));
    }
    return values;
  }

  Long owner() {
    return (Long) type.get(fact, "owner");
  }

  List<FieldProblem> rejections() {
    return rejections;
  }

  List<FieldProblem> badValues() {
    return badValues;
  }

  /** Which rule last changed each field or the owner during this pass. */
  Map<String, String> changedBy() {
    return changedBy;
  }

  void reject(String field, String english, String chinese) {
    String target = field == null || field.isBlank() ? "record" : field;
    String text = english == null || english.isBlank() ? "Refused by rule " + rule() : english;
    String chineseText = chinese == null || chinese.isBlank() ? text : chinese;
    rejections.add(
        new FieldProblem(
            target, "rule", Message.of("rule.rejected", new RuleText(text, chineseText))));
  }

  void set(String fieldName, Object value) {
    EntityDefinition entity = write.entity();
    Optional<FieldDefinition> field = entity.activeField(fieldName);
    if (field.isEmpty()) {
      throw new RuleUsageException(
          Message.of("rule.set.unknown_field", rule(), String.valueOf(fieldName), entity.name()));
    }
    if (type.getField(fieldName) == null) {
      throw new RuleUsageException(
          Message.of("rule.set.unknown_field", rule(), fieldName, entity.name()));
    }
    Object previous = type.get(fact, fieldName);
    FieldValues.Result result = FieldValues.coerce(field.get(), value, previous);
    if (!result.ok()) {
      badValues.add(
          new FieldProblem(
              fieldName,
              result.problem().code(),
              Message.of("rule.set.invalid", rule(), result.problem().text())));
      return;
    }
    change(fieldName, result.value());
  }

  void assign(Assignee assignee, String name) {
    Optional<Long> user =
        name == null
            ? Optional.empty()
            : switch (assignee) {
              case USER -> write.people().user(name);
              case DEPARTMENT_HEAD -> write.people().departmentHead(name);
              case ROLE -> write.people().firstHolderOf(name);
            };
    if (user.isEmpty()) {
      badValues.add(
          new FieldProblem(
              "owner",
              "rule",
              Message.of(
                  "rule.assign.nobody",
                  rule(),
                  String.valueOf(name),
                  switch (assignee) {
                    case USER -> Message.of("rule.assignee.user");
                    case DEPARTMENT_HEAD -> Message.of("rule.assignee.department_head");
                    case ROLE -> Message.of("rule.assignee.role");
                  })));
      return;
    }
    change("owner", user.get());
  }

  /** Sets a value unless it is already held: a rule that sets what is there fires no other. */
  private void change(String fieldName, Object value) {
    if (Objects.equals(type.get(fact, fieldName), value)) {
      return;
    }
    type.set(fact, fieldName, value);
    changedBy.put(fieldName, rule());
    session.update(handle, fact);
  }

  /** The rule firing now, or last; "?" before any (named when a change came without set()). */
  String rule() {
    return currentRule == null ? "?" : currentRule.toString();
  }
}
