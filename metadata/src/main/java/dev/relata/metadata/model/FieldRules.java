package dev.relata.metadata.model;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a field definition may say for its type: which options apply, their ranges and defaults.
 * {@link #normalize} fills the defaults, {@link #problems} lists everything wrong.
 */
public final class FieldRules {
  public static final int MAX_TEXT_LENGTH = 4000;
  public static final int MAX_LONGTEXT_LENGTH = 131072;
  public static final int MAX_PRECISION = 38;
  public static final int MAX_OPTIONS = 1000;
  public static final int MAX_LABEL_LENGTH = 200;
  public static final int MAX_HELP_TEXT_LENGTH = 1000;
  private static final Pattern OPTION_VALUE = Pattern.compile("[^;\\p{Cntrl}]{1,100}");
  private static final Pattern AUTONUMBER_PATTERN =
      Pattern.compile("[^{}]{0,20}\\{0{1,10}\\}[^{}]{0,20}");

  private FieldRules() {}

  /** The field with every option that applies to its type filled in with its default. */
  public static FieldDefinition normalize(FieldDefinition field) {
    FieldDefinition.Builder b = field.toBuilder();
    if (field.type() == null) {
      return field;
    }
    switch (field.type()) {
      case TEXT -> b.length(orDefault(field.length(), 255));
      case LONGTEXT -> b.length(orDefault(field.length(), 32000));
      case EMAIL -> b.length(orDefault(field.length(), 254));
      case PHONE -> b.length(orDefault(field.length(), 40));
      case URL -> b.length(orDefault(field.length(), 2048));
      case PICKLIST -> b.length(orDefault(field.length(), 100));
      case MULTIPICKLIST -> b.length(orDefault(field.length(), 4000));
      case AUTONUMBER -> b.length(orDefault(field.length(), 64));
      case DECIMAL, CURRENCY -> {
        b.precision(orDefault(field.precision(), 18));
        b.scale(orDefault(field.scale(), 2));
      }
      case PERCENT -> {
        b.precision(orDefault(field.precision(), 7));
        b.scale(orDefault(field.scale(), 2));
      }
      default -> {}
    }
    return b.build();
  }

  /** Everything wrong with a (normalized) field, each naming the option at fault. */
  public static List<FieldProblem> problems(FieldDefinition field, Set<String> knownEntities) {
    List<FieldProblem> problems = new ArrayList<>();
    String at = field.name() == null ? "field" : field.name();
    Message nameProblem = Names.problem(field.name());
    if (nameProblem != null) {
      problems.add(new FieldProblem("name", "invalid_name", nameProblem));
    }
    FieldType type = field.type();
    if (type == null) {
      problems.add(
          FieldProblem.of(
              at + ".type", "invalid_type", "field.type.required", FieldType.allApiNames()));
      return problems;
    }
    checkLength(field, at, problems);
    checkDecimal(field, at, problems);
    checkOptions(field, at, problems);
    checkTarget(field, at, knownEntities, problems);
    checkPattern(field, at, problems);
    if (field.unique()
        && (type == FieldType.LONGTEXT
            || type == FieldType.MULTIPICKLIST
            || type == FieldType.BOOLEAN)) {
      problems.add(
          FieldProblem.of(
              at + ".unique", "not_applicable", "field.unique.not_applicable", type.apiName()));
    }
    if (type == FieldType.AUTONUMBER && field.required()) {
      problems.add(
          FieldProblem.of(
              at + ".required", "not_applicable", "field.autonumber.required_not_applicable"));
    }
    if (field.helpText() != null && field.helpText().length() > MAX_HELP_TEXT_LENGTH) {
      problems.add(
          FieldProblem.of(
              at + ".helpText", "too_long", "field.help_text.too_long", MAX_HELP_TEXT_LENGTH));
    }
    addIfAny(
        problems, TextRules.problem(at + ".helpText", field.helpText(), TextRules.Lines.MULTIPLE));
    checkLabels(field.labels(), at + ".labels", problems);
    return problems;
  }

  /** A field's labels: 1 to 200 characters each, on one line, without control characters. */
  private static void checkLabels(Labels labels, String path, List<FieldProblem> problems) {
    for (var label : labels.values().entrySet()) {
      if (label.getValue() == null
          || label.getValue().isBlank()
          || label.getValue().length() > MAX_LABEL_LENGTH) {
        problems.add(
            FieldProblem.of(
                path + "." + label.getKey(),
                "invalid_label",
                "field.label.invalid",
                MAX_LABEL_LENGTH));
      }
    }
    checkLabelCharacters(labels, path, problems);
  }

  /**
   * Labels (of an entity, a field or an option) are single lines of text: a control character or an
   * incomplete character is a problem on {@code path.<locale>}.
   */
  public static void checkLabelCharacters(Labels labels, String path, List<FieldProblem> problems) {
    for (var label : labels.values().entrySet()) {
      addIfAny(
          problems,
          TextRules.problem(path + "." + label.getKey(), label.getValue(), TextRules.Lines.SINGLE));
    }
  }

  private static void addIfAny(List<FieldProblem> problems, FieldProblem problem) {
    if (problem != null) {
      problems.add(problem);
    }
  }

  private static void checkLength(FieldDefinition f, String at, List<FieldProblem> problems) {
    if (!f.type().isText()) {
      if (f.length() != null) {
        problems.add(notApplicable(at, "length", f.type()));
      }
      return;
    }
    int max = f.type() == FieldType.LONGTEXT ? MAX_LONGTEXT_LENGTH : MAX_TEXT_LENGTH;
    if (f.length() == null || f.length() < 1 || f.length() > max) {
      problems.add(
          FieldProblem.of(
              at + ".length",
              "out_of_range",
              "field.length.out_of_range",
              max,
              f.type().apiName()));
    }
  }

  private static void checkDecimal(FieldDefinition f, String at, List<FieldProblem> problems) {
    if (!f.type().isDecimal()) {
      if (f.precision() != null) {
        problems.add(notApplicable(at, "precision", f.type()));
      }
      if (f.scale() != null) {
        problems.add(notApplicable(at, "scale", f.type()));
      }
      return;
    }
    if (f.precision() == null || f.precision() < 1 || f.precision() > MAX_PRECISION) {
      problems.add(
          FieldProblem.of(
              at + ".precision", "out_of_range", "field.precision.out_of_range", MAX_PRECISION));
    } else if (f.scale() == null || f.scale() < 0 || f.scale() > f.precision()) {
      problems.add(
          FieldProblem.of(
              at + ".scale", "out_of_range", "field.scale.out_of_range", f.precision()));
    }
  }

  private static void checkOptions(FieldDefinition f, String at, List<FieldProblem> problems) {
    if (!f.type().hasOptions()) {
      if (!f.options().isEmpty()) {
        problems.add(notApplicable(at, "options", f.type()));
      }
      return;
    }
    if (f.options().isEmpty()) {
      problems.add(
          FieldProblem.of(
              at + ".options", "required", "field.options.required", f.type().apiName()));
      return;
    }
    if (f.options().size() > MAX_OPTIONS) {
      problems.add(
          FieldProblem.of(at + ".options", "too_many", "field.options.too_many", MAX_OPTIONS));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < f.options().size(); i++) {
      PicklistOption option = f.options().get(i);
      String path = at + ".options[" + i + "].value";
      if (option.value() == null || !OPTION_VALUE.matcher(option.value()).matches()) {
        problems.add(FieldProblem.of(path, "invalid_value", "field.option_value.invalid"));
      } else if (TextRules.problem(path, option.value(), TextRules.Lines.SINGLE) != null) {
        problems.add(TextRules.problem(path, option.value(), TextRules.Lines.SINGLE));
      } else if (!seen.add(option.value())) {
        problems.add(
            FieldProblem.of(path, "duplicate", "field.option_value.duplicate", option.value()));
      }
      checkLabelCharacters(option.labels(), at + ".options[" + i + "].labels", problems);
    }
  }

  private static void checkTarget(
      FieldDefinition f, String at, Set<String> knownEntities, List<FieldProblem> problems) {
    if (f.type() != FieldType.LOOKUP) {
      if (f.target() != null) {
        problems.add(notApplicable(at, "target", f.type()));
      }
      return;
    }
    if (f.target() == null || f.target().isEmpty()) {
      problems.add(FieldProblem.of(at + ".target", "required", "field.target.required"));
    } else if (!knownEntities.contains(f.target())) {
      problems.add(
          FieldProblem.of(
              at + ".target", "unknown_entity", "field.target.unknown", abbreviate(f.target())));
    }
  }

  private static void checkPattern(FieldDefinition f, String at, List<FieldProblem> problems) {
    if (f.type() != FieldType.AUTONUMBER) {
      if (f.pattern() != null) {
        problems.add(notApplicable(at, "pattern", f.type()));
      }
      return;
    }
    if (f.pattern() == null || !AUTONUMBER_PATTERN.matcher(f.pattern()).matches()) {
      problems.add(FieldProblem.of(at + ".pattern", "invalid_pattern", "field.pattern.invalid"));
    }
  }

  private static FieldProblem notApplicable(String at, String option, FieldType type) {
    return FieldProblem.of(
        at + "." + option, "not_applicable", "field.option.not_applicable", option, type.apiName());
  }

  private static Integer orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static String abbreviate(String s) {
    return s.length() > 50 ? s.substring(0, 50) + "…" : s;
  }
}
