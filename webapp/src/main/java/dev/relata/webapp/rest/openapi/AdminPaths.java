package dev.relata.webapp.rest.openapi;

import static dev.relata.metadata.access.SystemPermission.MANAGE_ROLES;
import static dev.relata.metadata.access.SystemPermission.MANAGE_USERS;
import static dev.relata.metadata.access.SystemPermission.VIEW_LOGS;

import dev.relata.metadata.access.SystemPermission;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Administration: users ({@code AdminUserResource}), departments, roles and their access policy
 * ({@code RoleResource}, {@code AccessPolicyResource}), the security policy and the two logs. Each
 * operation needs its system permission (manage_users, manage_roles or view_logs; the role list
 * either of the first two), which its description names: anyone without it gets 403 before the body
 * is read.
 */
final class AdminPaths {
  static final String USERS = "admin-users";
  static final String DEPARTMENTS = "admin-departments";
  static final String ROLES = "admin-roles";
  static final String POLICY = "admin-security-policy";
  static final String LOGS = "admin-logs";
  static final String ACCESS = "admin-access";

  /** Delegated user managers cannot take over an account that holds more than they do. */
  private static final String BEYOND =
      " A user whose roles grant more than the caller's own roles is 403.";

  private AdminPaths() {}

  static void addTo(PathTable table) {
    users(table);
    departments(table);
    roles(table);
    rolePolicy(table);
    accessPolicy(table);
    table.get(
        "/admin/security-policy",
        users(Op.of("getSecurityPolicy", POLICY, "The security policy"))
            .description("Password rules, lockout and session timeouts.")
            .ok("SecurityPolicy", "The policy."));
    table.put(
        "/admin/security-policy",
        users(Op.of("updateSecurityPolicy", POLICY, "Change the security policy"))
            .description(
                "Settings left out keep their value; unknown settings and values out of range are"
                    + " 422. Recorded in the audit log as settings.update.")
            .body("SecurityPolicyUpdate", true, "The settings to change.")
            .ok("SecurityPolicy", "The policy as changed.")
            .errors(400, 422));
    logs(table);
  }

  private static void users(PathTable table) {
    table.get(
        "/admin/users",
        users(Op.of("listUsers", USERS, "List users"))
            .description("Filtered and paged; q is found in username, display name or email.")
            .query("q", Schemas.text(), "Text to find.")
            .query("status", Schemas.text("active", "locked", "deactivated"), "Only this status.")
            .query("department", Schemas.id(), "Only this department's users.")
            .query("role", Schemas.text(), "Only holders of this role.")
            .query("page", Schemas.page(), "The page, from 0.")
            .query("size", Schemas.int32(1, 100, 25), "Users per page.")
            .ok("UserPage", "A page of users.")
            .errors(400, 422));
    table.post(
        "/admin/users",
        users(Op.of("createUser", USERS, "Create a user"))
            .description(
                "Without password one is generated, answered once as password, and must be"
                    + " changed at the first sign-in. A username taken in any case is 422; a role"
                    + " that grants more than the caller's own roles is 403.")
            .body("UserInput", true, "The user.")
            .created("UserWithPassword", "Created.", true)
            .errors(400, 422));
    table.get(
        "/admin/users/{id}",
        user(Op.of("getUser", USERS, "One user"))
            .description("With its version as ETag.")
            .okWithETag("User", "The user."));
    table.patch(
        "/admin/users/{id}",
        user(Op.of("updateUser", USERS, "Change a user"))
            .description(
                "The fields sent change (status changes through the actions). A manager loop is"
                    + " 422, a stale version 409."
                    + BEYOND)
            .ifMatch()
            .body("UserUpdate", true, "The fields to change.")
            .okWithETag("User", "The user as changed.")
            .errors(400, 409, 422));
    table.post(
        "/admin/users/{id}/deactivate",
        user(Op.of("deactivateUser", USERS, "Deactivate a user"))
            .description(
                "Every session and token ends at once. With reassignTo, every record the user owns"
                    + " moves to that user in the same transaction. The last administrator and the"
                    + " caller cannot be deactivated (422)."
                    + BEYOND)
            .body("Deactivation", false, "Optional: who takes over the records.")
            .okWithETag("User", "The user, deactivated.")
            .errors(400, 422));
    table.post(
        "/admin/users/{id}/activate",
        user(Op.of("activateUser", USERS, "Let a deactivated or locked user sign in again"))
            .description("The user's status becomes active." + BEYOND)
            .okWithETag("User", "The user, active."));
    table.post(
        "/admin/users/{id}/unlock",
        user(Op.of("unlockUser", USERS, "Lift a lockout"))
            .description("The failed attempts are forgotten." + BEYOND)
            .okWithETag("User", "The user."));
    table.post(
        "/admin/users/{id}/reset-password",
        user(Op.of("resetUserPassword", USERS, "Set a new password for a user"))
            .description(
                "The password sent, or a generated one answered once. Ends the user's sessions;"
                    + " they must change it at the next sign-in."
                    + BEYOND)
            .body("PasswordReset", false, "Optional: the new password.")
            .okWithETag("UserWithPassword", "The user, with the generated password if any.")
            .errors(400, 422));
    table.delete(
        "/admin/users/{id}/totp",
        user(Op.of("resetUserTwoFactor", USERS, "Turn two-factor off for a user"))
            .description("For a user who lost their device." + BEYOND)
            .okWithETag("User", "The user."));
  }

  private static void departments(PathTable table) {
    table.get(
        "/admin/departments",
        users(Op.of("listDepartments", DEPARTMENTS, "List departments"))
            .description("Ordered by path: parents before their children.")
            .ok("DepartmentList", "The departments."));
    table.post(
        "/admin/departments",
        users(Op.of("createDepartment", DEPARTMENTS, "Create a department"))
            .description("Below parent, or at the root.")
            .body("DepartmentInput", true, "The department.")
            .created("Department", "Created.", true)
            .errors(400, 422));
    table.get(
        "/admin/departments/{id}",
        department(Op.of("getDepartment", DEPARTMENTS, "One department"))
            .description("With its version as ETag.")
            .okWithETag("Department", "The department."));
    table.patch(
        "/admin/departments/{id}",
        department(Op.of("updateDepartment", DEPARTMENTS, "Change a department"))
            .description(
                "Rename, relabel, move (a new parent moves the subtree) or change the head. A move"
                    + " below itself is 422, a stale version 409.")
            .ifMatch()
            .body("DepartmentUpdate", true, "The fields to change.")
            .okWithETag("Department", "The department as changed.")
            .errors(400, 409, 422));
    table.delete(
        "/admin/departments/{id}",
        department(Op.of("deleteDepartment", DEPARTMENTS, "Delete a department"))
            .description(
                "409 while it has users or sub-departments (the message counts them), or when"
                    + " If-Match is stale.")
            .ifMatch()
            .noContent("Deleted.")
            .errors(400, 409));
  }

  private static void roles(PathTable table) {
    table.get(
        "/admin/roles",
        admin(Op.of("listRoles", ROLES, "List roles"), MANAGE_ROLES, MANAGE_USERS)
            .description("Each with how many users hold it.")
            .ok("RoleList", "The roles."));
    table.post(
        "/admin/roles",
        admin(Op.of("createRole", ROLES, "Create a role"), MANAGE_ROLES)
            .description("Its name cannot change later.")
            .body("RoleInput", true, "The role.")
            .created("Role", "Created.", true)
            .errors(400, 422));
    table.get(
        "/admin/roles/{name}",
        role(Op.of("getRole", ROLES, "One role"))
            .description("With its version as ETag.")
            .okWithETag("Role", "The role."));
    table.patch(
        "/admin/roles/{name}",
        role(Op.of("updateRole", ROLES, "Change a role"))
            .description("Labels, description or requiresTotp; a stale version is 409.")
            .ifMatch()
            .body("RoleUpdate", true, "The fields to change.")
            .okWithETag("Role", "The role as changed.")
            .errors(400, 409, 422));
    table.delete(
        "/admin/roles/{name}",
        role(Op.of("deleteRole", ROLES, "Delete a role no one holds"))
            .description(
                "Built-in roles and roles users still hold are 409, saying why. Its part of the"
                    + " access policy goes with it, as a new version of the policy"
                    + " (role.access.delete).")
            .ifMatch()
            .noContent("Deleted.")
            .errors(400, 409));
  }

  /** A role's part of the access policy; the ETag of each is the policy's version. */
  private static void rolePolicy(PathTable table) {
    String put =
        " The role's other parts stay. A stale If-Match is 409; giving the role more than the"
            + " caller's own roles hold is 403. Makes a new version of the policy and an audit"
            + " entry ";
    table.get(
        "/admin/roles/{name}/permissions",
        role(Op.of("getRolePermissions", ROLES, "A role's permission matrix"))
            .description(
                "Every cell: one per active entity and action, none where nothing is granted."
                    + " With the policy's version as ETag.")
            .okWithETag("PermissionMatrix", "The cells."));
    table.put(
        "/admin/roles/{name}/permissions",
        role(Op.of("setRolePermissions", ROLES, "Replace a role's permission matrix"))
            .description(
                "A cell not sent is none. Not a list, an item that is not an object of text"
                    + " entity, action and scope, or any other member is 400; an unknown entity,"
                    + " action or scope, or a cell given twice, is 422 naming each by its index"
                    + " ([2].scope)."
                    + put
                    + "(role.permissions.update).")
            .ifMatch()
            .body("PermissionMatrix", true, "The cells that grant anything.")
            .okWithETag("PermissionMatrix", "Every cell, as changed.")
            .errors(400, 409, 422));
    table.get(
        "/admin/roles/{name}/field-permissions",
        role(Op.of("getRoleFieldPermissions", ROLES, "A role's field permissions"))
            .description(
                "The active fields the role may not edit: hidden or read. With the policy's"
                    + " version as ETag.")
            .okWithETag("FieldPermissionList", "The field permissions."));
    table.put(
        "/admin/roles/{name}/field-permissions",
        role(Op.of("setRoleFieldPermissions", ROLES, "Replace a role's field permissions"))
            .description(
                "A field not sent is edit. Not a list, an item that is not an object of text"
                    + " entity, field and access, or any other member is 400; an unknown entity,"
                    + " field or access, or a field given twice, is 422 naming each by its index."
                    + put
                    + "(role.field_permissions.update).")
            .ifMatch()
            .body("FieldPermissionList", true, "The fields that are hidden or read-only.")
            .okWithETag("FieldPermissionList", "The field permissions, as changed.")
            .errors(400, 409, 422));
    table.get(
        "/admin/roles/{name}/system-permissions",
        role(Op.of("getRoleSystemPermissions", ROLES, "A role's system permissions"))
            .description(
                "The parts of administration the role opens; admin holds them all. With the"
                    + " policy's version as ETag.")
            .okWithETag("SystemPermissionList", "The system permissions."));
    table.put(
        "/admin/roles/{name}/system-permissions",
        role(Op.of("setRoleSystemPermissions", ROLES, "Replace a role's system permissions"))
            .description(
                "Not a list, or an item that is not text, is 400; an unknown permission is 422"
                    + " naming it by its index. Taking one from admin is 409."
                    + put
                    + "(role.system_permissions.update). It counts from the holders' next"
                    + " request.")
            .ifMatch()
            .body("SystemPermissionList", true, "Every permission the role is to hold.")
            .okWithETag("SystemPermissionList", "The system permissions, as changed.")
            .errors(400, 409, 422));
  }

  /** The whole access policy as a file, its versions and rollback. */
  private static void accessPolicy(PathTable table) {
    table.get(
        "/admin/access/policy",
        access(Op.of("exportAccessPolicy", ACCESS, "The access policy as a file"))
            .description(
                "Every role's matrix, field and system permissions as pretty-printed JSON with"
                    + " sorted keys, as an attachment (access-policy.json), with the policy's"
                    + " version as ETag.")
            .okWithETag("AccessPolicy", "The policy in force."));
    table.put(
        "/admin/access/policy",
        access(Op.of("importAccessPolicy", ACCESS, "Put a policy file in force"))
            .description(
                "Whole: a role the file leaves out is given nothing (admin: every entity and"
                    + " system permission, as for an entity it has no cells for). An"
                    + " unknown member, action, scope, access or permission is 400 naming where;"
                    + " a role that does not exist or an entity or field this installation lacks"
                    + " is 422 naming each (roles.finance.objects.spaceship). A stale If-Match is"
                    + " 409; a role given more than the caller's own roles hold is 403. Makes a"
                    + " new version and an audit entry per role changed (access.policy.import).")
            .ifMatch()
            .body("AccessPolicy", true, "A file as exported.")
            .okWithETag("AccessRevision", "The new version, now in force.")
            .errors(400, 409, 422));
    table.get(
        "/admin/access/revisions",
        access(Op.of("listAccessRevisions", ACCESS, "The access policy's versions, newest first"))
            .description("Without the policies themselves; activeRevision is the one in force.")
            .query("page", Schemas.page(), "The page, from 0.")
            .query("size", Schemas.int32(1, 500, 50), "Versions per page.")
            .ok("AccessRevisionPage", "A page of versions.")
            .errors(400));
    table.post(
        "/admin/access/revisions/{id}/rollback",
        access(Op.of("rollbackAccessPolicy", ACCESS, "Put an earlier version in force again"))
            .description(
                "As a new version, whole, but for the parts of roles deleted since. A stale"
                    + " If-Match is 409; a version that gives a role"
                    + " more than the caller's own roles hold is 403. An audit entry per role"
                    + " changed (access.policy.rollback).")
            .path("id", Schemas.id(), "The version's id.")
            .ifMatch()
            .okWithETag("AccessRevision", "The new version, now in force.")
            .errors(400, 404, 409));
  }

  private static void logs(PathTable table) {
    String dates =
        " from and to: an ISO-8601 date (as to: the whole day) or a date-time with offset;"
            + " from inclusive, to exclusive.";
    table.get(
        "/admin/logins",
        logs(Op.of("listLoginEvents", LOGS, "Sign-in attempts, newest first"))
            .description("Successful or not, with optional filters." + dates)
            .query("from", Schemas.text(), "From this date or date-time.")
            .query("to", Schemas.text(), "Before this date-time, or to the end of this date.")
            .query("username", Schemas.text(), "Contained in the name as typed, ignoring case.")
            .query("userId", Schemas.id(), "Only this user.")
            .query(
                "outcome",
                Schemas.text(
                    "success",
                    "unknown_user",
                    "wrong_password",
                    "locked",
                    "locked_out_now",
                    "deactivated",
                    "totp_required",
                    "totp_invalid",
                    "password_expired",
                    "malformed"),
                "Only this outcome.")
            .query("channel", Schemas.text("web", "api"), "Only this channel.")
            .query("address", Schemas.text(), "Addresses that start with this, e.g. 10.1.")
            .query("page", Schemas.page(), "The page, from 0.")
            .query("size", Schemas.int32(1, 500, 50), "Entries per page.")
            .ok("LoginEventPage", "A page of sign-in attempts.")
            .errors(400));
    table.get(
        "/admin/audit",
        logs(Op.of("listAuditEvents", LOGS, "Administrative changes, newest first"))
            .description("With their states before and after." + dates)
            .query("from", Schemas.text(), "From this date or date-time.")
            .query("to", Schemas.text(), "Before this date-time, or to the end of this date.")
            .query("actor", Schemas.text(), "Contained in the acting username, ignoring case.")
            .query(
                "action",
                Schemas.text(),
                "Exact (user.deactivate) or a prefix ending in a dot (user.).")
            .query("targetType", Schemas.text(), "Exact, e.g. entity.")
            .query("targetId", Schemas.text(), "Exact, e.g. contract.")
            .query("page", Schemas.page(), "The page, from 0.")
            .query("size", Schemas.int32(1, 500, 50), "Entries per page.")
            .ok("AuditEventPage", "A page of changes.")
            .errors(400));
  }

  private static Op admin(Op op, SystemPermission... anyOf) {
    return op.needs(anyOf).errors(401);
  }

  /** The access policy's own operations; those of one role are under {@link #role}. */
  private static Op access(Op op) {
    return admin(op, MANAGE_ROLES);
  }

  private static Op users(Op op) {
    return admin(op, MANAGE_USERS);
  }

  private static Op logs(Op op) {
    return admin(op, VIEW_LOGS);
  }

  private static Op user(Op op) {
    return users(op).path("id", Schemas.id(), "The user's id.").errors(404);
  }

  private static Op department(Op op) {
    return users(op).path("id", Schemas.id(), "The department's id.").errors(404);
  }

  private static Op role(Op op) {
    return admin(op, MANAGE_ROLES)
        .path("name", new StringSchema().pattern("^[a-z][a-z0-9_]{1,39}$"), "The role's name.")
        .errors(404);
  }
}
