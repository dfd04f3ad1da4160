package dev.relata.platform.organisation;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.DataAccessException;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.metadata.sql.SqlWork;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.AccountSecurity;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.SecurityPolicy;
import dev.relata.platform.identity.User;
import dev.relata.platform.records.RecordService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * What administrators do to users: create them, change their place in the organisation (department,
 * manager, roles), deactivate (handing their records to someone else) and activate them, lift a
 * lockout, reset a password or two-factor. Each change and its audit event share a transaction.
 *
 * <p>Two rules keep the installation manageable: there is always an active administrator (the last
 * one can neither lose the role nor be deactivated), and no administrator deactivates themselves.
 * Reporting lines never loop: a user cannot end up managing one of their managers.
 */
public final class UserAdministration {
  /** The fields a create request may carry. */
  public static final Set<String> CREATE_FIELDS =
      Set.of(
          "username",
          "displayName",
          "email",
          "phone",
          "department",
          "manager",
          "roles",
          "locale",
          "password");

  /** The fields a change request may carry. */
  public static final Set<String> UPDATE_FIELDS =
      Set.of(
          "username", "displayName", "email", "phone", "department", "manager", "roles", "locale");

  private static final Set<String> LOCALES = Set.of("en", "zh-CN");
  private final Database database;
  private final AccountSecurity security;
  private final AuditLog audit;
  private final RoleGrants grants;
  private final OrganisationChanges changes;
  private final RecordReassignment reassignment;
  private final UserDirectory users = new UserDirectory();
  private final DepartmentRepository departments = new DepartmentRepository();
  private final RoleRepository roles = new RoleRepository();

  public UserAdministration(
      Database database,
      AccountSecurity security,
      AuditLog audit,
      MetadataService metadata,
      RecordService records,
      RoleGrants grants,
      OrganisationChanges changes) {
    this.database = database;
    this.changes = changes;
    this.grants = grants;
    this.security = security;
    this.audit = audit;
    this.reassignment = new RecordReassignment(metadata, records);
  }

  public UserPage list(Actor actor, UserQuery query) {
    actor.require(SystemPermission.MANAGE_USERS);
    return database.read(c -> users.page(c, query));
  }

  public User get(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_USERS);
    return database.read(c -> require(c, id));
  }

  /** Whether the user must choose a new password at their next sign-in. */
  public boolean mustChangePassword(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_USERS);
    return database.read(c -> users.mustChangePassword(c, id));
  }

  /**
   * Creates a user. Without a {@code password} one is generated, returned once, and must be changed
   * at the first sign-in.
   */
  public NewPassword create(Actor actor, Map<String, Object> values) {
    actor.require(SystemPermission.MANAGE_USERS);
    Input input = new Input(values, CREATE_FIELDS);
    String username = username(input, true);
    String displayName = input.text("displayName", 200, false);
    String email = email(input);
    String phone = input.text("phone", 40, false);
    Long department = input.id("department");
    Long manager = input.id("manager");
    List<String> roleNames = input.texts("roles", 40);
    String locale = locale(input);
    String given = password(input);
    try {
      return changing(
          c -> {
            if (username != null && input.ok() && users.idOf(c, username).isPresent()) {
              input.problem(
                  FieldProblem.of(
                      "username", "duplicate", "user.username.taken_any_case", username));
            }
            checkDepartment(c, input, department);
            String managerPath = managerPath(c, input, null, manager);
            checkRoles(c, input, roleNames);
            if (roleNames != null) {
              grants.requireMayGive(actor, roleNames);
            }
            checkPassword(c, input, username, displayName, given);
            input.throwIfAny();
            UserFields fields =
                new UserFields(
                    username,
                    displayName == null ? username : displayName,
                    email,
                    phone,
                    department,
                    manager,
                    locale == null ? "en" : locale);
            long id = users.insert(c, fields, managerPath, Instant.now());
            users.setRoles(c, id, roleNames == null ? List.of() : roleNames);
            User created = require(c, id);
            String password = given == null ? Passwords.generate() : given;
            security.setPassword(c, created, password);
            if (given == null) {
              users.requirePasswordChange(c, id);
            }
            audit.record(
                c,
                actor,
                "user.create",
                "user",
                String.valueOf(id),
                username,
                null,
                state(created));
            return new NewPassword(created, given == null ? password : null);
          });
    } catch (DataAccessException e) {
      throw duplicateOr(e, username);
    }
  }

  /**
   * Changes the fields present in {@code values} of a user read at {@code version}; a stale version
   * is a 409 and nothing is written. A new manager moves the user's whole reporting line.
   */
  public User update(Actor actor, long id, Map<String, Object> values, Long version) {
    actor.require(SystemPermission.MANAGE_USERS);
    DepartmentService.requireVersion(version);
    Input input = new Input(values, UPDATE_FIELDS);
    String username = username(input, input.has("username"));
    String displayName = input.text("displayName", 200, input.has("displayName"));
    String email = email(input);
    String phone = input.text("phone", 40, false);
    Long department = input.id("department");
    Long manager = input.id("manager");
    List<String> roleNames = input.texts("roles", 40);
    if (input.has("roles") && roleNames == null && input.ok()) {
      input.problem(FieldProblem.of("roles", "type", "user.roles.not_list"));
    }
    String locale = locale(input);
    if (input.has("locale") && locale == null && input.ok()) {
      input.problem(FieldProblem.of("locale", "required", "user.locale.invalid"));
    }
    try {
      return changing(
          c -> {
            User before = require(c, id);
            grants.requireMayGive(actor, before.roles());
            if (roleNames != null) {
              grants.requireMayGive(actor, roleNames);
            }
            if (username != null && input.ok()) {
              users
                  .idOf(c, username)
                  .filter(other -> other != id)
                  .ifPresent(
                      other ->
                          input.problem(
                              FieldProblem.of(
                                  "username",
                                  "duplicate",
                                  "user.username.taken_any_case",
                                  username)));
            }
            if (input.has("department")) {
              checkDepartment(c, input, department);
            }
            String oldPath = users.managerPath(c, id);
            String newPath = input.has("manager") ? managerPath(c, input, id, manager) : oldPath;
            if (roleNames != null) {
              checkRoles(c, input, roleNames);
              if (before.admin()
                  && !roleNames.contains(Actor.ADMIN_ROLE)
                  && User.ACTIVE.equals(before.status())
                  && users.otherActiveAdmins(c, id) == 0) {
                input.problem(
                    FieldProblem.of(
                        "roles", "last_admin", "user.last_admin.role", before.username()));
              }
            }
            input.throwIfAny();
            if (before.version() != version) {
              throw stale(before);
            }
            UserFields fields =
                new UserFields(
                    username == null ? before.username() : username,
                    input.has("displayName") ? displayName : before.displayName(),
                    input.has("email") ? email : before.email(),
                    input.has("phone") ? phone : before.phone(),
                    input.has("department") ? department : before.departmentId(),
                    input.has("manager") ? manager : before.managerId(),
                    locale == null ? before.locale() : locale);
            if (!users.update(c, id, fields, newPath, version, Instant.now())) {
              throw stale(before);
            }
            if (!newPath.equals(oldPath)) {
              users.moveReports(c, oldPath + id + "/", newPath + id + "/");
            }
            if (roleNames != null) {
              users.setRoles(c, id, roleNames);
            }
            User after = require(c, id);
            audit.record(
                c,
                actor,
                "user.update",
                "user",
                String.valueOf(id),
                after.username(),
                state(before),
                state(after));
            return after;
          });
    } catch (DataAccessException e) {
      throw duplicateOr(e, username);
    }
  }

  /**
   * Deactivates a user: their sessions and tokens end at once and, if {@code reassignTo} names an
   * active user, every record they own moves to that user in the same transaction.
   */
  public User deactivate(Actor actor, long id, Long reassignTo) {
    actor.require(SystemPermission.MANAGE_USERS);
    return changing(
        c -> {
          User before = require(c, id);
          grants.requireMayGive(actor, before.roles());
          if (id == actor.userId()) {
            throw RelataException.invalid("user", "self", "user.deactivate.self");
          }
          if (before.admin()
              && !User.DEACTIVATED.equals(before.status())
              && users.otherActiveAdmins(c, id) == 0) {
            throw RelataException.invalid(
                "user", "last_admin", "user.last_admin.deactivate", before.username());
          }
          if (reassignTo != null) {
            if (reassignTo == id) {
              throw RelataException.invalid("reassignTo", "self", "user.reassign.self");
            }
            User target = users.find(c, reassignTo).orElse(null);
            if (target == null || User.DEACTIVATED.equals(target.status())) {
              throw RelataException.invalid(
                  "reassignTo", "lookup", "user.reassign.not_found", reassignTo);
            }
          }
          Instant now = Instant.now();
          users.setStatus(c, id, User.DEACTIVATED, now);
          security.endSessions(c, id);
          Map<String, Long> moved =
              reassignTo == null ? Map.of() : reassignment.move(c, id, reassignTo, actor);
          User after = require(c, id);
          Map<String, Object> afterState = state(after);
          if (reassignTo != null) {
            afterState.put("reassignedTo", reassignTo);
            afterState.put("reassignedRecords", moved);
          }
          audit.record(
              c,
              actor,
              "user.deactivate",
              "user",
              String.valueOf(id),
              after.username(),
              state(before),
              afterState);
          return after;
        });
  }

  /** Lets a deactivated or locked user sign in again. */
  public User activate(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_USERS);
    return changing(
        c -> {
          User before = require(c, id);
          grants.requireMayGive(actor, before.roles());
          security.unlock(c, id);
          users.setStatus(c, id, User.ACTIVE, Instant.now());
          User after = require(c, id);
          audit.record(
              c,
              actor,
              "user.activate",
              "user",
              String.valueOf(id),
              after.username(),
              state(before),
              state(after));
          return after;
        });
  }

  /** Lifts a lockout and forgets the failed attempts that led to it. */
  public User unlock(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_USERS);
    return changing(
        c -> {
          User before = require(c, id);
          grants.requireMayGive(actor, before.roles());
          security.unlock(c, id);
          users.touch(c, id, Instant.now());
          User after = require(c, id);
          audit.record(
              c,
              actor,
              "user.unlock",
              "user",
              String.valueOf(id),
              after.username(),
              state(before),
              state(after));
          return after;
        });
  }

  /**
   * Sets a new password (generated when {@code password} is null), ends the user's sessions and
   * makes them choose their own at the next sign-in. The audit log records that it happened, never
   * the password.
   */
  public NewPassword resetPassword(Actor actor, long id, String password) {
    actor.require(SystemPermission.MANAGE_USERS);
    if (password != null) {
      Input input = new Input(Map.of("password", password), Set.of("password"));
      password(input);
      input.throwIfAny();
    }
    return changing(
        c -> {
          User user = require(c, id);
          grants.requireMayGive(actor, user.roles());
          String chosen = password == null ? Passwords.generate() : password;
          security.setPassword(c, user, chosen);
          users.requirePasswordChange(c, id);
          users.touch(c, id, Instant.now());
          audit.record(
              c,
              actor,
              "user.reset_password",
              "user",
              String.valueOf(id),
              user.username(),
              null,
              Map.of("mustChangePassword", true, "generated", password == null));
          return new NewPassword(require(c, id), password == null ? chosen : null);
        });
  }

  /** Turns two-factor off for a user who lost their device; they may set it up again. */
  public User resetTwoFactor(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_USERS);
    return changing(
        c -> {
          User before = require(c, id);
          grants.requireMayGive(actor, before.roles());
          security.resetTwoFactor(c, id);
          users.touch(c, id, Instant.now());
          User after = require(c, id);
          audit.record(
              c,
              actor,
              "user.reset_totp",
              "user",
              String.valueOf(id),
              after.username(),
              Map.of("totpEnabled", before.totpEnabled()),
              Map.of("totpEnabled", false));
          return after;
        });
  }

  private User require(Connection c, long id) throws SQLException {
    return users.find(c, id).orElseThrow(() -> RelataException.notFound("user.id.not_found", id));
  }

  private static String username(Input input, boolean required) {
    String username = input.text("username", 100, required);
    if (username != null && !User.validUsername(username)) {
      input.problem(FieldProblem.of("username", "invalid", "user.username.invalid"));
      return null;
    }
    return username;
  }

  private static String email(Input input) {
    String email = input.text("email", 254, false);
    if (email != null && !EmailValidator.getInstance().isValid(email)) {
      input.problem(
          FieldProblem.of(
              "email",
              "invalid",
              "user.email.invalid",
              email.length() > 40 ? email.substring(0, 40) + "…" : email));
      return null;
    }
    return email;
  }

  private static String locale(Input input) {
    String locale = input.text("locale", 10, false);
    if (locale != null && !LOCALES.contains(locale)) {
      input.problem(FieldProblem.of("locale", "invalid", "user.locale.invalid"));
      return null;
    }
    return locale;
  }

  /** Only the type and an outer size here: the security policy judges the password itself. */
  private static String password(Input input) {
    return input.text("password", SecurityPolicy.MOST_MAX_LENGTH, false);
  }

  /** The policy's verdict on a given password, reported with the other fields' problems. */
  private void checkPassword(
      Connection c, Input input, String username, String displayName, String password)
      throws SQLException {
    if (password == null || username == null) {
      return;
    }
    try {
      security.checkNewPassword(c, username, displayName, password);
    } catch (RelataException refused) {
      refused.problems().forEach(input::problem);
    }
  }

  private void checkDepartment(Connection c, Input input, Long department) throws SQLException {
    if (department != null && departments.find(c, department).isEmpty()) {
      input.problem(FieldProblem.of("department", "lookup", "department.not_found", department));
    }
  }

  private void checkRoles(Connection c, Input input, List<String> names) throws SQLException {
    if (names == null) {
      return;
    }
    for (String name : names) {
      if (roles.find(c, name).isEmpty()) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        input.problem(FieldProblem.of("roles", "unknown_role", "role.not_found", shown));
      }
    }
  }

  /**
   * The reporting line a user gets under {@code manager} ({@code /} for none), or a problem if the
   * manager does not exist, is deactivated, or reports to the user (which would be a loop).
   */
  private String managerPath(Connection c, Input input, Long userId, Long manager)
      throws SQLException {
    if (manager == null) {
      return "/";
    }
    if (manager.equals(userId)) {
      input.problem(FieldProblem.of("manager", "cycle", "user.manager.self"));
      return "/";
    }
    User boss = users.find(c, manager).orElse(null);
    if (boss == null || User.DEACTIVATED.equals(boss.status())) {
      input.problem(FieldProblem.of("manager", "lookup", "user.active_not_found", manager));
      return "/";
    }
    String bossPath = users.managerPath(c, manager);
    if (userId != null && bossPath.contains("/" + userId + "/")) {
      input.problem(
          FieldProblem.of("manager", "cycle", "user.manager.reports_to_user", boss.username()));
      return "/";
    }
    return bossPath + manager + "/";
  }

  private static RuntimeException duplicateOr(DataAccessException e, String username) {
    if (SqlDialect.isUniqueViolation(e.sqlException())) {
      return RelataException.invalid("username", "duplicate", "user.username.taken", username);
    }
    return e;
  }

  /** A user's administrative state for the audit log: no credentials, no secrets. */
  static Map<String, Object> state(User user) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", user.username());
    state.put("displayName", user.displayName());
    state.put("email", user.email());
    state.put("phone", user.phone());
    state.put("department", user.departmentId());
    state.put("manager", user.managerId());
    state.put("roles", user.roles());
    state.put("status", user.status());
    state.put("locale", user.locale());
    return state;
  }

  private static RelataException stale(User user) {
    return RelataException.conflict("user.stale", user.username(), user.version());
  }

  /** Runs a change in a transaction and, once it has committed, says the organisation changed. */
  private <T> T changing(SqlWork<T> work) {
    T result = database.transaction(work);
    changes.changed();
    return result;
  }
}
