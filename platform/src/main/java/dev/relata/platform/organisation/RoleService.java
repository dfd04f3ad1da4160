package dev.relata.platform.organisation;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roles as named objects: create, relabel, set whether two-factor is required, delete. A role's
 * name is its identity (users and, later, permissions refer to it), so it cannot be renamed; a
 * built-in role or one that users still hold cannot be deleted.
 */
public final class RoleService {
  /** The fields a create request may carry; a change may carry all but {@code name}. */
  public static final Set<String> FIELDS = Set.of("name", "labels", "description", "requiresTotp");

  private static final Set<String> CHANGEABLE = Set.of("labels", "description", "requiresTotp");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,39}");
  private final Database database;
  private final AuditLog audit;
  private final RoleRepository roles = new RoleRepository();

  public RoleService(Database database, AuditLog audit) {
    this.database = database;
    this.audit = audit;
  }

  /** Holders of {@code manage_users} see the roles too: they give them to users. */
  public List<Role> list(Actor actor) {
    actor.requireAny(SystemPermission.MANAGE_ROLES, SystemPermission.MANAGE_USERS);
    return database.read(roles::all);
  }

  /** How many users hold each role (roles no one holds are absent). */
  public Map<String, Long> holders(Actor actor) {
    actor.requireAny(SystemPermission.MANAGE_ROLES, SystemPermission.MANAGE_USERS);
    return database.read(roles::holders);
  }

  public Role get(Actor actor, String name) {
    actor.require(SystemPermission.MANAGE_ROLES);
    return database.read(c -> require(c, name));
  }

  public Role create(Actor actor, Map<String, Object> values) {
    actor.require(SystemPermission.MANAGE_ROLES);
    Input input = new Input(values, FIELDS);
    String name = input.text("name", 40, true);
    if (name != null && !NAME.matcher(name).matches()) {
      input.problem(FieldProblem.of("name", "invalid", "role.name.invalid"));
    }
    Labels labels = input.labels("labels");
    String description = input.multilineText("description", 1000, false);
    Boolean requiresTotp = input.bool("requiresTotp");
    return database.transaction(
        c -> {
          if (name != null && input.ok() && roles.find(c, name).isPresent()) {
            input.problem(FieldProblem.of("name", "duplicate", "role.exists", name));
          }
          input.throwIfAny();
          roles.insert(
              c,
              name,
              labels == null || labels.isEmpty() ? Labels.of(name) : labels,
              description,
              Boolean.TRUE.equals(requiresTotp),
              Instant.now());
          Role created = require(c, name);
          audit.record(c, actor, "role.create", "role", name, name, null, created.auditState());
          return created;
        });
  }

  /** Changes labels, description or requiresTotp; a stale version is a 409. */
  public Role update(Actor actor, String name, Map<String, Object> values, Long version) {
    actor.require(SystemPermission.MANAGE_ROLES);
    DepartmentService.requireVersion(version);
    Input input = new Input(values, CHANGEABLE);
    Labels labels = input.labels("labels");
    String description = input.multilineText("description", 1000, false);
    Boolean requiresTotp = input.bool("requiresTotp");
    if (input.has("requiresTotp") && requiresTotp == null && input.ok()) {
      input.problem(
          FieldProblem.of("requiresTotp", "required", "value.type.boolean", "requiresTotp"));
    }
    return database.transaction(
        c -> {
          Role before = require(c, name);
          input.throwIfAny();
          if (before.version() != version) {
            throw stale(before);
          }
          Role changed =
              new Role(
                  name,
                  labels == null ? before.labels() : labels.isEmpty() ? Labels.of(name) : labels,
                  input.has("description") ? description : before.description(),
                  before.systemRole(),
                  requiresTotp == null ? before.requiresTotp() : requiresTotp,
                  version,
                  before.createdAt(),
                  before.updatedAt());
          if (!roles.update(c, changed, version, Instant.now())) {
            throw stale(before);
          }
          Role after = require(c, name);
          audit.record(
              c, actor, "role.update", "role", name, name, before.auditState(), after.auditState());
          return after;
        });
  }

  /**
   * Deletes a role no one holds; built-in roles stay. Its part of the access policy stays too:
   * callers delete through {@code AccessAdministration.deleteRole}, which removes both.
   */
  public void delete(Actor actor, String name, Long version) {
    actor.require(SystemPermission.MANAGE_ROLES);
    database.execute(
        c -> {
          Role before = require(c, name);
          if (version != null && before.version() != version) {
            throw stale(before);
          }
          if (before.systemRole()) {
            throw RelataException.conflict("role.built_in", name);
          }
          long holders = roles.holders(c).getOrDefault(name, 0L);
          if (holders > 0) {
            throw RelataException.conflict("role.held", name, holders);
          }
          roles.delete(c, name);
          audit.record(c, actor, "role.delete", "role", name, name, before.auditState(), null);
        });
  }

  /**
   * Adds the roles of {@code defaults} that do not exist yet; existing ones are left as the admins
   * changed them. Returns how many were added.
   */
  public int addMissing(List<RoleDefinition> defaults) {
    return database.transaction(
        c -> {
          int added = 0;
          for (RoleDefinition role : defaults) {
            if (roles.find(c, role.name()).isEmpty()) {
              roles.insert(c, role.name(), role.labels(), role.description(), false, Instant.now());
              audit.record(
                  c,
                  null,
                  "role.create",
                  "role",
                  role.name(),
                  role.name(),
                  null,
                  require(c, role.name()).auditState());
              added++;
            }
          }
          return added;
        });
  }

  /** The role names among {@code names} that are not roles. */
  List<String> unknown(Connection c, List<String> names) throws SQLException {
    List<String> unknown = new java.util.ArrayList<>();
    for (String name : names) {
      if (roles.find(c, name).isEmpty()) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  private Role require(Connection c, String name) throws SQLException {
    if (name == null || name.length() > 40) {
      throw RelataException.notFound("role.not_found_any");
    }
    return roles.find(c, name).orElseThrow(() -> RelataException.notFound("role.not_found", name));
  }

  /** Whether a role of that name exists, on the caller's connection. */
  public boolean exists(java.sql.Connection c, String name) throws java.sql.SQLException {
    return roles.find(c, name).isPresent();
  }

  private static RelataException stale(Role role) {
    return RelataException.conflict("role.stale", role.name(), role.version());
  }
}
