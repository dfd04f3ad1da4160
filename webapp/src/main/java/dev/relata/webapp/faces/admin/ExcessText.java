package dev.relata.webapp.faces.admin;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.FieldAccess;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.webapp.faces.MetadataTexts;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a change would grant beyond the administrator's own roles, in the reader's words. The
 * platform names it in API terms ({@code AccessPolicy.excess}): a matrix cell as {@code
 * "customer.read all"}, a field as {@code "customer.annual_revenue read"}, a system permission as
 * {@code "view_logs"}. The page shows labels instead ("Customer · Read: All"), so that a Chinese
 * reader meets no English; anything it does not recognise is left to the platform's own message.
 */
final class ExcessText {
  private static final Pattern CELL_OR_FIELD =
      Pattern.compile("([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*) ([a-z_]+)");

  private ExcessText() {}

  /** The user interface's texts in one language: {@code Texts::get} on a page. */
  @FunctionalInterface
  interface Words {
    String get(String key, Object... args);
  }

  /**
   * The excess in words, or empty if it is not in one of the platform's forms or names a record
   * type or field that no longer exists.
   */
  static Optional<String> of(
      String excess,
      Function<String, Optional<EntityDefinition>> entities,
      MetadataTexts texts,
      Words words) {
    if (excess == null) {
      return Optional.empty();
    }
    Optional<SystemPermission> permission = SystemPermission.of(excess);
    if (permission.isPresent()) {
      return Optional.of(words.get("permissions.system." + permission.get().apiName()));
    }
    Matcher m = CELL_OR_FIELD.matcher(excess);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<EntityDefinition> entity = entities.apply(m.group(1));
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    String entityLabel = texts.entity(entity.get());
    Optional<AccessAction> action = AccessAction.of(m.group(2));
    Optional<Scope> scope = Scope.of(m.group(3));
    if (action.isPresent() && scope.isPresent()) {
      return Optional.of(
          words.get(
              "permissions.excessItem",
              entityLabel,
              words.get("permissions.action." + action.get().apiName()),
              words.get("permissions.scope." + scope.get().apiName())));
    }
    Optional<FieldDefinition> field = entity.get().activeField(m.group(2));
    Optional<FieldAccess> access = FieldAccess.of(m.group(3));
    if (field.isPresent() && access.isPresent()) {
      return Optional.of(
          words.get(
              "permissions.excessItem",
              entityLabel,
              texts.field(field.get()),
              words.get("permissions.access." + access.get().apiName())));
    }
    return Optional.empty();
  }
}
