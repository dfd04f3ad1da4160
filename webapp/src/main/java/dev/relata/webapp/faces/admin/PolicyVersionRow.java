package dev.relata.webapp.faces.admin;

import dev.relata.metadata.access.PolicyRevision;
import dev.relata.webapp.faces.Texts;
import java.io.Serializable;
import java.util.function.UnaryOperator;

/**
 * One version of the access policy on the permissions page: when, by whom and what changed, in the
 * reader's language.
 */
public record PolicyVersionRow(long id, String at, String author, String change, boolean inForce)
    implements Serializable {

  /** The platform's author of the policy it shipped, not a user. */
  static final String SYSTEM_AUTHOR = "system";

  /** The summary the platform writes for the policy it shipped. */
  static final String SHIPPED = "The shipped access policy";

  /**
   * The row for a stored version; {@code roleLabel} gives a role's label for its name. The platform
   * stores a summary as {@code "<audit action> <target>"}; the known ones are put in words.
   */
  static PolicyVersionRow of(
      PolicyRevision revision, long inForce, UnaryOperator<String> roleLabel) {
    boolean shipped = SYSTEM_AUTHOR.equals(revision.author()) && SHIPPED.equals(revision.summary());
    return new PolicyVersionRow(
        revision.id(),
        LogDates.format(revision.createdAt()),
        shipped ? Texts.get("permissions.author.system") : revision.author(),
        shipped ? Texts.get("permissions.change.shipped") : change(revision.summary(), roleLabel),
        revision.id() == inForce);
  }

  private static String change(String summary, UnaryOperator<String> roleLabel) {
    int space = summary == null ? -1 : summary.indexOf(' ');
    if (space < 0) {
      return summary;
    }
    String target = summary.substring(space + 1);
    return switch (summary.substring(0, space)) {
      case "role.permissions.update" ->
          Texts.get("permissions.change.objects", roleLabel.apply(target));
      case "role.field_permissions.update" ->
          Texts.get("permissions.change.fields", roleLabel.apply(target));
      case "role.system_permissions.update" ->
          Texts.get("permissions.change.system", roleLabel.apply(target));
      case "access.policy.import" -> Texts.get("permissions.change.import");
      case "access.policy.rollback" -> rollback(target);
      default -> summary;
    };
  }

  private static String rollback(String target) {
    try {
      return Texts.get("permissions.change.rollback", Long.parseLong(target));
    } catch (NumberFormatException e) {
      return target;
    }
  }
}
