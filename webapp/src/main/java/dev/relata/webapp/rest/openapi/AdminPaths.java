package dev.relata.webapp.rest.openapi;

import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Administration: users ({@code AdminUserResource}), departments, roles, the security policy and
 * the two logs. Every operation needs an administrator: anyone else gets 403 before the body is
 * read.
 */
final class AdminPaths {
  static final String USERS = "admin-users";
  static final String DEPARTMENTS = "admin-departments";
  static final String ROLES = "admin-roles";
  static final String POLICY = "admin-security-policy";
  static final String LOGS = "admin-logs";

  private AdminPaths() {}

  static void addTo(PathTable table) {
    users(table);
    departments(table);
    roles(table);
    table.get(
        "/admin/security-policy",
        admin(Op.of("getSecurityPolicy", POLICY, "The security policy"))
            .description("Password rules, lockout and session timeouts.")
            .ok("SecurityPolicy", "The policy."));
    table.put(
        "/admin/security-policy",
        admin(Op.of("updateSecurityPolicy", POLICY, "Change the security policy"))
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
        admin(Op.of("listUsers", USERS, "List users"))
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
        admin(Op.of("createUser", USERS, "Create a user"))
            .description(
                "Without password one is generated, answered once as password, and must be"
                    + " changed at the first sign-in. A username taken in any case is 422.")
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
                    + " 422, a stale version 409.")
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
                    + " caller cannot be deactivated (422).")
            .body("Deactivation", false, "Optional: who takes over the records.")
            .okWithETag("User", "The user, deactivated.")
            .errors(400, 422));
    table.post(
        "/admin/users/{id}/activate",
        user(Op.of("activateUser", USERS, "Let a deactivated or locked user sign in again"))
            .description("The user's status becomes active.")
            .okWithETag("User", "The user, active."));
    table.post(
        "/admin/users/{id}/unlock",
        user(Op.of("unlockUser", USERS, "Lift a lockout"))
            .description("The failed attempts are forgotten.")
            .okWithETag("User", "The user."));
    table.post(
        "/admin/users/{id}/reset-password",
        user(Op.of("resetUserPassword", USERS, "Set a new password for a user"))
            .description(
                "The password sent, or a generated one answered once. Ends the user's sessions;"
                    + " they must change it at the next sign-in.")
            .body("PasswordReset", false, "Optional: the new password.")
            .okWithETag("UserWithPassword", "The user, with the generated password if any.")
            .errors(400, 422));
    table.delete(
        "/admin/users/{id}/totp",
        user(Op.of("resetUserTwoFactor", USERS, "Turn two-factor off for a user"))
            .description("For a user who lost their device.")
            .okWithETag("User", "The user."));
  }

  private static void departments(PathTable table) {
    table.get(
        "/admin/departments",
        admin(Op.of("listDepartments", DEPARTMENTS, "List departments"))
            .description("Ordered by path: parents before their children.")
            .ok("DepartmentList", "The departments."));
    table.post(
        "/admin/departments",
        admin(Op.of("createDepartment", DEPARTMENTS, "Create a department"))
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
        admin(Op.of("listRoles", ROLES, "List roles"))
            .description("Each with how many users hold it.")
            .ok("RoleList", "The roles."));
    table.post(
        "/admin/roles",
        admin(Op.of("createRole", ROLES, "Create a role"))
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
            .description("Built-in roles and roles users still hold are 409, saying why.")
            .ifMatch()
            .noContent("Deleted.")
            .errors(400, 409));
  }

  private static void logs(PathTable table) {
    String dates =
        " from and to: an ISO-8601 date (as to: the whole day) or a date-time with offset;"
            + " from inclusive, to exclusive.";
    table.get(
        "/admin/logins",
        admin(Op.of("listLoginEvents", LOGS, "Sign-in attempts, newest first"))
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
        admin(Op.of("listAuditEvents", LOGS, "Administrative changes, newest first"))
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

  private static Op admin(Op op) {
    return op.errors(401, 403);
  }

  private static Op user(Op op) {
    return admin(op).path("id", Schemas.id(), "The user's id.").errors(404);
  }

  private static Op department(Op op) {
    return admin(op).path("id", Schemas.id(), "The department's id.").errors(404);
  }

  private static Op role(Op op) {
    return admin(op)
        .path("name", new StringSchema().pattern("^[a-z][a-z0-9_]{1,39}$"), "The role's name.")
        .errors(404);
  }
}
