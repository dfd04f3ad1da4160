package dev.relata.webapp.faces.records;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.TextRules;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.Texts;
import java.util.Optional;

/**
 * A field problem from the platform in the user's language. The common codes have texts of their
 * own that name the field by its label; for the rest the platform's message, which says precisely
 * what was wrong, is shown as it is.
 */
final class ProblemMessages {
  private ProblemMessages() {}

  static String text(FieldProblem problem, EntityDefinition entity, MetadataTexts texts) {
    Optional<FieldDefinition> field = entity.activeField(problem.field());
    if (field.isEmpty()) {
      return Texts.of(problem.text());
    }
    String label = texts.field(field.get());
    return switch (problem.code()) {
      case "required" -> Texts.get("problem.required", label);
      case "unique" -> Texts.get("problem.unique", label);
      case "too_long" -> Texts.get("problem.tooLong", label, field.get().length());
      case "lookup" -> Texts.get("problem.lookup", label);
      case TextRules.INVALID_CHARACTER -> Texts.get("problem.invalidCharacter", label);
      default -> Texts.of(problem.text());
    };
  }
}
