package dev.relata.platform.access;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.access.AccessPolicyJson;
import dev.relata.metadata.access.AccessPolicyRepository;
import dev.relata.metadata.access.FieldAccess;
import dev.relata.metadata.access.PolicyRevision;
import dev.relata.metadata.access.RolePolicy;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.access.StandardPolicy;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.store.MetadataRepository;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.organisation.RoleGrants;
import dev.relata.platform.organisation.RoleService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The access policy in force and administrators' changes to it: the permission matrix, field
 * permissions and system permissions of each role, every change a new version (audited, and one
 * that can be rolled back to). Changing it needs {@code manage_roles}; nobody gives a role more
 * than their own roles hold. A change counts from the next request.
 */
public final class AccessAdministration implements RoleGrants {
  private static final String SYSTEM_AUTHOR = "system";

  private final Database database;
  private final MetadataService metadata;
  private final AuditLog audit;
  private final RoleService roles;
  private final AccessPolicyRepository repository = new AccessPolicyRepository();
  private final MetadataRepository metadataLock = new MetadataRepository();
  private final AtomicReference<PolicyRevision> inForce = new AtomicReference<>();
  private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  public AccessAdministration(
      Database database, MetadataService metadata, AuditLog audit, RoleService roles) {
    this.database = database;
    this.metadata = metadata;
    this.audit = audit;
    this.roles = roles;
    inForce.set(database.transaction(this::loadOrSeed));
  }

  private PolicyRevision loadOrSeed(Connection c) throws SQLException {
    Optional<PolicyRevision> latest = repository.latest(c);
    if (latest.isPresent()) {
      return latest.get();
    }
    metadataLock.lock(c);
    return repository
        .latest(c)
        .orElse(
            repository.add(c, SYSTEM_AUTHOR, "The shipped access policy", StandardPolicy.load()));
  }

  /** Runs {@code listener} after every change has been put in force (the rule base rebuilds). */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** The policy in force. */
  public AccessPolicy policy() {
    return inForce.get().policy();
  }

  /** The version in force; a change made from an older one is refused (409). */
  public long revision() {
    return inForce.get().id();
  }

  /** An actor for a user holding {@code userRoles}, with the system permissions they carry now. */
  public Actor actor(long userId, String username, Set<String> userRoles) {
    return new Actor(userId, username, userRoles, policy().systemPermissions(userRoles));
  }

  // ---- reading ----

  /** Every cell of the role's matrix, for every active entity and action. */
  public List<PermissionCell> permissions(Actor actor, String role) {
    actor.require(SystemPermission.MANAGE_ROLES);
    requireRole(role);
    AccessPolicy policy = policy();
    List<PermissionCell> cells = new ArrayList<>();
    for (EntityDefinition entity : entities()) {
      for (AccessAction action : AccessAction.values()) {
        cells.add(
            new PermissionCell(
                entity.name(),
                action.apiName(),
                policy.scope(role, entity.name(), action).apiName()));
      }
    }
    return cells;
  }

  /** The role's fields that are not simply editable. */
  public List<FieldPermission> fieldPermissions(Actor actor, String role) {
    actor.require(SystemPermission.MANAGE_ROLES);
    requireRole(role);
    Catalog catalog = metadata.catalog();
    List<FieldPermission> fields = new ArrayList<>();
    policy()
        .role(role)
        .fields()
        .forEach(
            (entity, byField) ->
                byField.forEach(
                    (field, access) -> {
                      if (activeField(catalog, entity, field)) {
                        fields.add(new FieldPermission(entity, field, access.apiName()));
                      }
                    }));
    return fields;
  }

  public Set<SystemPermission> systemPermissions(Actor actor, String role) {
    actor.require(SystemPermission.MANAGE_ROLES);
    requireRole(role);
    return policy().systemPermissions(role);
  }

  // ---- changing ----

  /** Replaces the role's matrix: a cell not sent is {@code none}. */
  public List<PermissionCell> setPermissions(
      Actor actor, String role, List<PermissionCell> cells, Long expectedRevision) {
    actor.require(SystemPermission.MANAGE_ROLES);
    SortedMap<String, Map<AccessAction, Scope>> matrix = new TreeMap<>();
    for (EntityDefinition entity : entities()) {
      matrix.put(entity.name(), new EnumMap<>(AccessAction.class));
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      PermissionCell cell = cells.get(i);
      String at = "[" + i + "]";
      Map<AccessAction, Scope> byAction = cell.entity() == null ? null : matrix.get(cell.entity());
      if (byAction == null) {
        problems.add(
            FieldProblem.of(at + ".entity", "unknown", "access.entity.unknown", cell.entity()));
        continue;
      }
      Optional<AccessAction> action = AccessAction.of(cell.action());
      Optional<Scope> scope = Scope.of(cell.scope());
      if (action.isEmpty()) {
        problems.add(
            FieldProblem.of(
                at + ".action",
                "unknown",
                "access.action.unknown",
                cell.action(),
                names(AccessAction.values())));
      }
      if (scope.isEmpty()) {
        problems.add(
            FieldProblem.of(
                at + ".scope",
                "unknown",
                "access.scope.unknown",
                cell.scope(),
                names(Scope.values())));
      }
      if (action.isPresent()
          && scope.isPresent()
          && byAction.put(action.get(), scope.get()) != null) {
        problems.add(
            FieldProblem.of(
                at, "duplicate", "access.cell.duplicate", cell.entity(), cell.action()));
      }
    }
    if (!problems.isEmpty()) {
      throw RelataException.invalid(problems);
    }
    changeRole(
        actor, role, expectedRevision, "role.permissions.update", r -> r.withObjects(matrix));
    return permissions(actor, role);
  }

  /** Replaces the role's field permissions: a field not sent is editable. */
  public List<FieldPermission> setFieldPermissions(
      Actor actor, String role, List<FieldPermission> fields, Long expectedRevision) {
    actor.require(SystemPermission.MANAGE_ROLES);
    Catalog catalog = metadata.catalog();
    Map<String, SortedMap<String, FieldAccess>> access = new TreeMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldPermission field = fields.get(i);
      String at = "[" + i + "]";
      if (field.entity() == null || catalog.find(field.entity()).isEmpty()) {
        problems.add(
            FieldProblem.of(at + ".entity", "unknown", "access.entity.unknown", field.entity()));
        continue;
      }
      if (!activeField(catalog, field.entity(), field.field())) {
        problems.add(
            FieldProblem.of(
                at + ".field", "unknown", "access.field.unknown", field.field(), field.entity()));
        continue;
      }
      Optional<FieldAccess> value = FieldAccess.of(field.access());
      if (value.isEmpty()) {
        problems.add(
            FieldProblem.of(
                at + ".access",
                "unknown",
                "access.field_access.unknown",
                field.access(),
                names(FieldAccess.values())));
        continue;
      }
      if (access
              .computeIfAbsent(field.entity(), e -> new TreeMap<>())
              .put(field.field(), value.get())
          != null) {
        problems.add(
            FieldProblem.of(
                at, "duplicate", "access.field.duplicate", field.entity(), field.field()));
      }
    }
    if (!problems.isEmpty()) {
      throw RelataException.invalid(problems);
    }
    access.values().forEach(byField -> byField.values().removeIf(a -> a == FieldAccess.EDIT));
    changeRole(
        actor, role, expectedRevision, "role.field_permissions.update", r -> r.withFields(access));
    return fieldPermissions(actor, role);
  }

  public Set<SystemPermission> setSystemPermissions(
      Actor actor, String role, List<String> permissions, Long expectedRevision) {
    actor.require(SystemPermission.MANAGE_ROLES);
    Set<SystemPermission> given = EnumSet.noneOf(SystemPermission.class);
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < permissions.size(); i++) {
      Optional<SystemPermission> permission = SystemPermission.of(permissions.get(i));
      if (permission.isEmpty()) {
        problems.add(
            FieldProblem.of(
                "[" + i + "]",
                "unknown",
                "access.system_permission.unknown",
                permissions.get(i),
                names(SystemPermission.values())));
      } else {
        given.add(permission.get());
      }
    }
    if (!problems.isEmpty()) {
      throw RelataException.invalid(problems);
    }
    if (role.equals(AccessPolicy.ADMIN_ROLE)
        && !given.containsAll(EnumSet.allOf(SystemPermission.class))) {
      throw RelataException.conflict("access.admin_holds_all");
    }
    changeRole(
        actor, role, expectedRevision, "role.system_permissions.update", r -> r.withSystem(given));
    return policy().systemPermissions(role);
  }

  /**
   * Refuses (403) to let {@code actor} give users {@code given} roles that carry more than the
   * actor's own roles hold: no escalation through a friend's account.
   */
  @Override
  public void requireMayGive(Actor actor, Collection<String> given) {
    AccessPolicy policy = policy();
    Collection<String> names = entities().stream().map(EntityDefinition::name).toList();
    for (String role : given) {
      if (actor.roles().contains(role)) {
        continue;
      }
      Optional<String> excess = policy.excess(role, policy, actor.roles(), names);
      if (excess.isPresent()) {
        throw RelataException.forbidden("access.role_exceeds_yours", role, excess.get());
      }
    }
  }

  /** The stored versions, newest first, without their policies; a page past the last is empty. */
  public List<PolicyRevision> revisions(Actor actor, int page, int size) {
    actor.require(SystemPermission.MANAGE_ROLES);
    return database.read(c -> repository.list(c, (long) page * size, size));
  }

  public long countRevisions(Actor actor) {
    actor.require(SystemPermission.MANAGE_ROLES);
    return database.read(repository::count);
  }

  /** The policy in force as a file ({@link AccessPolicyJson}). */
  public String export(Actor actor) {
    actor.require(SystemPermission.MANAGE_ROLES);
    return AccessPolicyJson.write(policy());
  }

  /**
   * Puts a policy file in force, whole. Every role it names must exist; entities and fields it
   * names that this installation lacks are refused, so that nothing is silently dropped.
   */
  public PolicyRevision importPolicy(Actor actor, String file, Long expectedRevision) {
    actor.require(SystemPermission.MANAGE_ROLES);
    AccessPolicy imported = AccessPolicyJson.read(file);
    requireKnown(imported);
    return change(actor, expectedRevision, "access.policy.import", "import", p -> imported);
  }

  /**
   * Puts an earlier version in force again, as a new version; the parts of roles deleted since are
   * left out.
   */
  public PolicyRevision rollback(Actor actor, long revisionId, Long expectedRevision) {
    actor.require(SystemPermission.MANAGE_ROLES);
    PolicyRevision target =
        database
            .read(c -> repository.find(c, revisionId))
            .orElseThrow(() -> RelataException.notFound("access.revision.not_found", revisionId));
    AccessPolicy restored = existingRolesOnly(target.policy());
    return change(
        actor,
        expectedRevision,
        "access.policy.rollback",
        String.valueOf(revisionId),
        p -> restored);
  }

  /**
   * Deletes a role no one holds ({@link RoleService#delete}), then its part of the policy as a new
   * version: a new role of that name starts with nothing, and the export still imports back (an
   * import refuses roles that do not exist).
   */
  public void deleteRole(Actor actor, String role, Long version) {
    roles.delete(actor, role, version);
    PolicyRevision made =
        database.transaction(
            c -> {
              metadataLock.lock(c);
              PolicyRevision latest = repository.latest(c).orElseThrow();
              RolePolicy part = latest.policy().roles().get(role);
              if (part == null || roles.exists(c, role)) {
                return latest;
              }
              PolicyRevision revision =
                  repository.add(
                      c,
                      actor.username(),
                      "role.delete " + role,
                      latest.policy().withoutRole(role));
              audit.record(
                  c,
                  actor,
                  "role.access.delete",
                  "role",
                  role,
                  role,
                  AccessPolicyJson.roleNode(part),
                  null);
              return revision;
            });
    putInForce(made);
  }

  private AccessPolicy existingRolesOnly(AccessPolicy policy) {
    return database.read(
        c -> {
          AccessPolicy kept = policy;
          for (String role : policy.roles().keySet()) {
            if (!roles.exists(c, role)) {
              kept = kept.withoutRole(role);
            }
          }
          return kept;
        });
  }

  private void requireKnown(AccessPolicy policy) {
    Catalog catalog = metadata.catalog();
    List<FieldProblem> problems = new ArrayList<>();
    database.execute(
        c -> {
          for (String role : policy.roles().keySet()) {
            if (!roles.exists(c, role)) {
              problems.add(FieldProblem.of("roles." + role, "unknown", "role.not_found", role));
            }
          }
        });
    policy
        .roles()
        .forEach(
            (role, rolePolicy) -> {
              rolePolicy.objects().keySet().stream()
                  .filter(entity -> catalog.findIncludingDeleted(entity).isEmpty())
                  .forEach(
                      entity ->
                          problems.add(
                              FieldProblem.of(
                                  "roles." + role + ".objects." + entity,
                                  "unknown",
                                  "access.entity.unknown",
                                  entity)));
              rolePolicy
                  .fields()
                  .forEach(
                      (entity, byField) ->
                          byField.keySet().stream()
                              .filter(field -> !activeField(catalog, entity, field))
                              .forEach(
                                  field ->
                                      problems.add(
                                          FieldProblem.of(
                                              "roles." + role + ".fields." + entity + "." + field,
                                              "unknown",
                                              "access.field.unknown",
                                              field,
                                              entity))));
            });
    if (!problems.isEmpty()) {
      throw RelataException.invalid(problems);
    }
  }

  private void changeRole(
      Actor actor,
      String role,
      Long expectedRevision,
      String auditAction,
      UnaryOperator<RolePolicy> edit) {
    requireRole(role);
    change(
        actor,
        expectedRevision,
        auditAction,
        role,
        policy -> policy.withRole(role, edit.apply(policy.role(role))));
  }

  /**
   * Makes a new version from the newest under the metadata lock, refusing a stale expected version
   * (409) and any role that would grant more than the actor's own roles hold now (403); audits what
   * changed, role by role.
   */
  private PolicyRevision change(
      Actor actor,
      Long expectedRevision,
      String auditAction,
      String target,
      UnaryOperator<AccessPolicy> edit) {
    PolicyRevision made =
        database.transaction(
            c -> {
              metadataLock.lock(c);
              PolicyRevision latest = repository.latest(c).orElseThrow();
              if (expectedRevision != null && expectedRevision != latest.id()) {
                throw RelataException.conflict(
                    "access.policy.stale", expectedRevision, latest.id());
              }
              AccessPolicy before = latest.policy();
              AccessPolicy after = edit.apply(before);
              Collection<String> names = entities().stream().map(EntityDefinition::name).toList();
              Set<String> changed = new java.util.TreeSet<>(before.roles().keySet());
              changed.addAll(after.roles().keySet());
              changed.removeIf(role -> before.role(role).equals(after.role(role)));
              for (String role : changed) {
                Optional<String> excess =
                    after.excessOfChange(role, before, before, actor.roles(), names);
                if (excess.isPresent()) {
                  throw RelataException.forbidden("access.grant_exceeds_yours", role, excess.get());
                }
              }
              PolicyRevision revision =
                  repository.add(c, actor.username(), auditAction + " " + target, after);
              for (String role : changed) {
                audit.record(
                    c,
                    actor,
                    auditAction,
                    "role",
                    role,
                    role,
                    AccessPolicyJson.roleNode(before.role(role)),
                    AccessPolicyJson.roleNode(after.role(role)));
              }
              return revision;
            });
    putInForce(made);
    return made;
  }

  /**
   * Two changes commit one after the other under the lock but may reach this line in either order:
   * the newer version stays in force.
   */
  private void putInForce(PolicyRevision made) {
    inForce.accumulateAndGet(made, (current, next) -> next.id() > current.id() ? next : current);
    listeners.forEach(Runnable::run);
  }

  // ---- helpers ----

  private List<EntityDefinition> entities() {
    return metadata.catalog().active();
  }

  private static boolean activeField(Catalog catalog, String entity, String field) {
    return catalog
        .find(entity)
        .flatMap(e -> e.activeFields().stream().filter(f -> f.name().equals(field)).findFirst())
        .isPresent();
  }

  private void requireRole(String role) {
    database.execute(c -> requireRole(c, role));
  }

  private void requireRole(Connection c, String role) throws SQLException {
    if (role == null || !roles.exists(c, role)) {
      throw RelataException.notFound("role.not_found", role);
    }
  }

  private static String names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name().toLowerCase(java.util.Locale.ROOT));
    }
    return String.join(", ", names);
  }
}
