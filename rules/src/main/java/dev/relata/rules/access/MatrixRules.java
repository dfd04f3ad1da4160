package dev.relata.rules.access;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.rules.facts.FactTypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The permission matrix as generated rules, compiled with the analysts' rules into one rule base:
 * one rule per role, entity and scope other than {@code none}, for the actions that have it (a row
 * of the matrix usually needs one or two rules, so that every metadata change, which rebuilds the
 * rule base, compiles few). Role and entity names are identifiers ({@code [a-z][a-z0-9_]*}), so
 * they go into the DRL as they are.
 *
 * <p>The generated rules use the MVEL dialect: their consequences are not given to the Java
 * compiler, which makes the shipped matrix (about 100 rules) build in about 100 ms instead of 300
 * ms on a warm JVM. Every metadata change and every policy change rebuilds it.
 */
public final class MatrixRules {
  /** The name under which the generated rules appear in build problems and explanations. */
  public static final String SOURCE_PATH = "relata/_access_matrix.drl";

  /** The prefix of every generated rule's name. */
  public static final String RULE_PREFIX = "matrix: ";

  private MatrixRules() {}

  /** The generated DRL and how many rules it holds. */
  public record Source(String drl, int rules) {}

  public static Source source(AccessPolicy policy, Catalog catalog) {
    StringBuilder drl = new StringBuilder("package ").append(FactTypeNames.PACKAGE).append(";\n");
    Set<String> roles = new TreeSet<>(policy.roles().keySet());
    roles.add(AccessPolicy.ADMIN_ROLE);
    List<EntityDefinition> entities =
        catalog.active().stream().sorted(Comparator.comparing(EntityDefinition::name)).toList();
    int count = 0;
    for (String role : roles) {
      for (EntityDefinition entity : entities) {
        Map<Scope, List<String>> actionsByScope = new EnumMap<>(Scope.class);
        for (AccessAction action : AccessAction.values()) {
          Scope scope = policy.scope(role, entity.name(), action);
          if (scope != Scope.NONE) {
            actionsByScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(action.apiName());
          }
        }
        for (Map.Entry<Scope, List<String>> cells : actionsByScope.entrySet()) {
          String scope = cells.getKey().apiName();
          List<String> actions = cells.getValue();
          drl.append(
              String.format(
                  """

                  rule "%s%s may %s %s (%s)"
                  dialect "mvel"
                  when
                    AccessRequest( entity == "%s", action in (%s) )
                    Subject( hasRole("%s") )
                  then
                    grantScope("%s");
                  end
                  """,
                  RULE_PREFIX,
                  role,
                  String.join(", ", actions),
                  entity.name(),
                  scope,
                  entity.name(),
                  actions.stream().map(a -> '"' + a + '"').collect(Collectors.joining(", ")),
                  role,
                  scope));
          count++;
        }
      }
    }
    return new Source(drl.toString(), count);
  }
}
