package dev.relata.platform.organisation;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.SqlWork;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The department tree: create, rename, move and delete departments. A move rewrites the paths of
 * the whole subtree in the same transaction and is refused if it would put a department below
 * itself; a department that still has users or sub-departments cannot be deleted.
 */
public final class DepartmentService {
  /** The fields a create or change request may carry. */
  public static final Set<String> FIELDS = Set.of("name", "labels", "parent", "head");

  static final int MAX_NAME = 100;
  private final Database database;
  private final AuditLog audit;
  private final OrganisationChanges changes;
  private final DepartmentRepository departments = new DepartmentRepository();

  public DepartmentService(Database database, AuditLog audit, OrganisationChanges changes) {
    this.database = database;
    this.audit = audit;
    this.changes = changes;
  }

  /** Every department, ordered by path (so a parent comes before its children). */
  public List<Department> list(Actor actor) {
    actor.require(SystemPermission.MANAGE_USERS);
    return database.read(departments::all);
  }

  public Department get(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_USERS);
    return database.read(c -> require(c, id));
  }

  /**
   * Creates a department from {@code name} (required), {@code labels}, {@code parent} (a department
   * id) and {@code head} (a user id).
   */
  public Department create(Actor actor, Map<String, Object> values) {
    actor.require(SystemPermission.MANAGE_USERS);
    Input input = new Input(values, FIELDS);
    String name = input.text("name", MAX_NAME, true);
    Labels labels = input.labels("labels");
    Long parentId = input.id("parent");
    Long head = input.id("head");
    return changing(
        c -> {
          Department parent = parentId == null ? null : parent(c, input, parentId);
          checkHead(c, input, head);
          input.throwIfAny();
          long id =
              departments.insert(c, name, labelsOrName(labels, name), parent, head, Instant.now());
          Department created = require(c, id);
          audit.record(
              c,
              actor,
              "department.create",
              "department",
              String.valueOf(id),
              created.name(),
              null,
              created.auditState());
          return created;
        });
  }

  /**
   * Changes the fields present in {@code values}; moving ({@code parent}) carries the whole subtree
   * along. A stale {@code version} is a 409 and nothing is written.
   */
  public Department update(Actor actor, long id, Map<String, Object> values, Long version) {
    actor.require(SystemPermission.MANAGE_USERS);
    requireVersion(version);
    Input input = new Input(values, FIELDS);
    String name = input.text("name", MAX_NAME, input.has("name"));
    Labels labels = input.labels("labels");
    Long parentId = input.id("parent");
    Long head = input.id("head");
    return changing(
        c -> {
          Department before = require(c, id);
          Department parent = before.parentId() == null ? null : require(c, before.parentId());
          if (input.has("parent")) {
            parent = parentId == null ? null : parent(c, input, parentId);
            if (parent != null && before.contains(parent)) {
              input.problem(
                  FieldProblem.of("parent", "cycle", "department.parent.cycle", before.name()));
            }
          }
          if (input.has("head")) {
            checkHead(c, input, head);
          }
          input.throwIfAny();
          if (before.version() != version) {
            throw stale(before);
          }
          String path = (parent == null ? "/" : parent.path()) + id + "/";
          Department changed =
              new Department(
                  id,
                  name == null ? before.name() : name,
                  labels == null
                      ? before.labels()
                      : labelsOrName(labels, name == null ? before.name() : name),
                  parent == null ? null : parent.id(),
                  input.has("head") ? head : before.headUserId(),
                  path,
                  before.version(),
                  before.createdAt(),
                  before.updatedAt());
          if (!departments.update(c, changed, version, Instant.now())) {
            throw stale(before);
          }
          if (!path.equals(before.path())) {
            departments.movePaths(c, before.path(), path);
          }
          Department after = require(c, id);
          audit.record(
              c,
              actor,
              "department.update",
              "department",
              String.valueOf(id),
              after.name(),
              before.auditState(),
              after.auditState());
          return after;
        });
  }

  /**
   * Deletes an empty department. One that still has users or sub-departments is refused with both
   * counts, so the admin knows what to move first.
   */
  public void delete(Actor actor, long id, Long version) {
    actor.require(SystemPermission.MANAGE_USERS);
    changingWithout(
        c -> {
          Department before = require(c, id);
          if (version != null && before.version() != version) {
            throw stale(before);
          }
          long members = departments.members(c, id);
          long children = departments.children(c, id);
          if (members > 0 || children > 0) {
            throw RelataException.conflict(
                "department.not_empty", before.name(), members, children);
          }
          departments.delete(c, id);
          audit.record(
              c,
              actor,
              "department.delete",
              "department",
              String.valueOf(id),
              before.name(),
              before.auditState(),
              null);
        });
  }

  private Department require(Connection c, long id) throws SQLException {
    return departments
        .find(c, id)
        .orElseThrow(() -> RelataException.notFound("department.not_found", id));
  }

  private Department parent(Connection c, Input input, long parentId) throws SQLException {
    var parent = departments.find(c, parentId);
    if (parent.isEmpty()) {
      input.problem(FieldProblem.of("parent", "lookup", "department.not_found", parentId));
      return null;
    }
    return parent.get();
  }

  private static void checkHead(Connection c, Input input, Long head) throws SQLException {
    if (head != null
        && DepartmentRepository.count(
                c, "SELECT COUNT(*) FROM app_user WHERE id = ? AND status <> 'deactivated'", head)
            == 0) {
      input.problem(FieldProblem.of("head", "lookup", "user.active_not_found", head));
    }
  }

  private static Labels labelsOrName(Labels labels, String name) {
    return labels == null || labels.isEmpty() ? Labels.of(name) : labels;
  }

  static void requireVersion(Long version) {
    if (version == null) {
      throw RelataException.badRequest("version.required");
    }
  }

  private static RelataException stale(Department department) {
    return RelataException.conflict("department.stale", department.name(), department.version());
  }

  /** Runs a change in a transaction and, once it has committed, says the organisation changed. */
  private <T> T changing(SqlWork<T> work) {
    T result = database.transaction(work);
    changes.changed();
    return result;
  }

  private void changingWithout(Database.SqlVoidWork work) {
    database.execute(work);
    changes.changed();
  }
}
