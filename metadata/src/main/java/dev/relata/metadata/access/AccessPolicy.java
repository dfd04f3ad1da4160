package dev.relata.metadata.access;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may do what, by role: the permission matrix, field permissions and system permissions, as
 * administrators set them. Sharing and restriction rules live in the rule base, not here.
 *
 * <p>The {@value #ADMIN_ROLE} role is not special-cased in record decisions: for an entity it has
 * no cells for (a custom entity just created) it reaches {@link Scope#ALL}, every other role {@link
 * Scope#NONE}; its own cells, once set, count like any other role's. It always holds every system
 * permission, so that administration can never be locked out.
 */
public record AccessPolicy(SortedMap<String, RolePolicy> roles) {
  public static final String ADMIN_ROLE = "admin";

  public static final AccessPolicy EMPTY = new AccessPolicy(new TreeMap<>());

  public AccessPolicy {
    roles = Collections.unmodifiableSortedMap(new TreeMap<>(roles));
  }

  public RolePolicy role(String name) {
    return roles.getOrDefault(name, RolePolicy.EMPTY);
  }

  /** The scope of one matrix cell. */
  public Scope scope(String role, String entity, AccessAction action) {
    Map<AccessAction, Scope> cells = role(role).objects().get(entity);
    if (cells == null) {
      return role.equals(ADMIN_ROLE) ? Scope.ALL : Scope.NONE;
    }
    return cells.getOrDefault(action, Scope.NONE);
  }

  /** What one role may do with one field; editable unless the role says otherwise. */
  public FieldAccess fieldAccess(String role, String entity, String field) {
    Map<String, FieldAccess> byField = role(role).fields().get(entity);
    return byField == null ? FieldAccess.EDIT : byField.getOrDefault(field, FieldAccess.EDIT);
  }

  /**
   * What a user holding {@code userRoles} may do with a field: the most any of the roles allows.
   */
  public FieldAccess fieldAccess(Set<String> userRoles, String entity, String field) {
    FieldAccess most = FieldAccess.HIDDEN;
    for (String role : userRoles) {
      most = most.or(fieldAccess(role, entity, field));
    }
    return most;
  }

  public Set<SystemPermission> systemPermissions(String role) {
    return role.equals(ADMIN_ROLE) ? EnumSet.allOf(SystemPermission.class) : role(role).system();
  }

  /** The system permissions a user holding {@code userRoles} has. */
  public Set<SystemPermission> systemPermissions(Set<String> userRoles) {
    Set<SystemPermission> held = EnumSet.noneOf(SystemPermission.class);
    for (String role : userRoles) {
      held.addAll(systemPermissions(role));
    }
    return held;
  }

  /**
   * What {@code role} grants under this policy beyond what a user holding {@code holderRoles} has
   * under {@code holder}, for {@code entities}: a matrix cell none of the holder's roles covers, a
   * field the holder sees less of, or a system permission the holder lacks. Empty when the holder
   * may give the role away.
   */
  public Optional<String> excess(
      String role, AccessPolicy holder, Set<String> holderRoles, Collection<String> entities) {
    return excess(role, null, holder, holderRoles, entities);
  }

  /**
   * Like {@link #excess(String, AccessPolicy, Set, Collection)}, counting only what this policy
   * changes in {@code role} from {@code previous}: a holder may edit a role that already grants
   * more than they hold, as long as what they give is theirs to give.
   */
  public Optional<String> excessOfChange(
      String role,
      AccessPolicy previous,
      AccessPolicy holder,
      Set<String> holderRoles,
      Collection<String> entities) {
    return excess(role, previous, holder, holderRoles, entities);
  }

  private Optional<String> excess(
      String role,
      AccessPolicy previous,
      AccessPolicy holder,
      Set<String> holderRoles,
      Collection<String> entities) {
    for (String entity : entities) {
      for (AccessAction action : AccessAction.values()) {
        Scope given = scope(role, entity, action);
        boolean unchanged = previous != null && previous.scope(role, entity, action) == given;
        if (!unchanged
            && holderRoles.stream()
                .noneMatch(held -> holder.scope(held, entity, action).covers(given))) {
          return Optional.of(entity + "." + action.apiName() + " " + given.apiName());
        }
      }
      Set<String> named = new TreeSet<>();
      for (String owner : holderRoles) {
        Map<String, FieldAccess> fields = holder.role(owner).fields().get(entity);
        named.addAll(fields == null ? Set.of() : fields.keySet());
      }
      Map<String, FieldAccess> given = role(role).fields().get(entity);
      named.addAll(given == null ? Set.of() : given.keySet());
      for (String field : named) {
        FieldAccess access = fieldAccess(role, entity, field);
        boolean unchanged = previous != null && previous.fieldAccess(role, entity, field) == access;
        if (!unchanged && access.compareTo(holder.fieldAccess(holderRoles, entity, field)) > 0) {
          return Optional.of(entity + "." + field + " " + access.apiName());
        }
      }
    }
    Set<SystemPermission> missing = EnumSet.noneOf(SystemPermission.class);
    missing.addAll(systemPermissions(role));
    if (previous != null) {
      missing.removeAll(previous.systemPermissions(role));
    }
    missing.removeAll(holder.systemPermissions(holderRoles));
    return missing.stream().findFirst().map(SystemPermission::apiName);
  }

  public AccessPolicy withRole(String name, RolePolicy policy) {
    SortedMap<String, RolePolicy> changed = new TreeMap<>(roles);
    changed.put(name, policy);
    return new AccessPolicy(changed);
  }

  public AccessPolicy withoutRole(String name) {
    SortedMap<String, RolePolicy> changed = new TreeMap<>(roles);
    changed.remove(name);
    return new AccessPolicy(changed);
  }
}
