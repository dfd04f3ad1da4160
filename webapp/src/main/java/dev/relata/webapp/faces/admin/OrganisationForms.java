package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.User;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.faces.records.LookupChoice;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/** What the users, departments and roles pages share: showing refusals, picking users. */
final class OrganisationForms {
  private OrganisationForms() {}

  /**
   * Shows each problem on its input ({@code inputs} maps a field to an input id in {@code form}),
   * the rest above the form, and marks the request failed so that the dialog stays open.
   */
  static void show(RelataException e, String form, Map<String, String> inputs) {
    List<FieldProblem> problems =
        e.problems().isEmpty()
            ? List.of(new FieldProblem("", e.kind().code(), e.text()))
            : e.problems();
    for (FieldProblem problem : problems) {
      String field =
          problem.field().contains(".")
              ? problem.field().substring(0, problem.field().indexOf('.'))
              : problem.field();
      String input = inputs.get(field);
      FacesMessages.error(
          input == null ? form + ":" + form + "Messages" : form + ":" + input,
          Texts.of(problem.text()));
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Users (not deactivated) whose username or display name contains the text. */
  static List<LookupChoice> users(Relata relata, String text) {
    return relata.identity().searchUsers(text, 15).stream().map(OrganisationForms::choice).toList();
  }

  static LookupChoice user(Relata relata, Long id) {
    return id == null
        ? null
        : relata
            .identity()
            .user(id)
            .map(OrganisationForms::choice)
            .orElse(new LookupChoice(id, null));
  }

  static LookupChoice choice(User user) {
    return new LookupChoice(user.id(), user.displayName() + " (" + user.username() + ")");
  }

  static Long id(LookupChoice choice) {
    return choice == null ? null : choice.getId();
  }
}
