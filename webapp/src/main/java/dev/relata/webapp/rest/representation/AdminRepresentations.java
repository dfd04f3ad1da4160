package dev.relata.webapp.rest.representation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Users, departments, roles and the security policy, as administrators see and change them. */
public final class AdminRepresentations {
  private static final String USERNAME = "[A-Za-z0-9._@-]{2,100}";
  private static final String ROLE_NAME = "[a-z][a-z0-9_]{1,39}";

  private AdminRepresentations() {}

  @Schema(name = "UserStatus", description = "Whether the user may sign in.")
  public enum UserStatus {
    active,
    locked,
    deactivated
  }

  @Schema(name = "User", description = "A user account; never a password or a secret.")
  public record User(
      long id,
      String username,
      @Schema(nullable = true) String displayName,
      @Schema(nullable = true, format = "email") String email,
      @Schema(nullable = true) String phone,
      @Schema(nullable = true, description = "Department id.") Long department,
      @Schema(nullable = true, description = "User id of the manager.") Long manager,
      @Schema(description = "Role names.") List<String> roles,
      UserStatus status,
      @Schema(nullable = true, description = "en or zh-CN.") String locale,
      boolean totpEnabled,
      @Schema(nullable = true) Instant lockedUntil,
      @Schema(nullable = true) Instant passwordChangedAt,
      @Schema(description = "For optimistic locking: send it back to change the user.")
          long version,
      Instant createdAt,
      Instant updatedAt) {}

  @Schema(
      name = "UserWithPassword",
      description = "A user, with the generated password when one was generated (shown once).")
  public record UserWithPassword(
      long id,
      String username,
      @Schema(nullable = true) String displayName,
      @Schema(nullable = true, format = "email") String email,
      @Schema(nullable = true) String phone,
      @Schema(nullable = true) Long department,
      @Schema(nullable = true) Long manager,
      List<String> roles,
      UserStatus status,
      @Schema(nullable = true) String locale,
      boolean totpEnabled,
      @Schema(nullable = true) Instant lockedUntil,
      @Schema(nullable = true) Instant passwordChangedAt,
      long version,
      Instant createdAt,
      Instant updatedAt,
      @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description =
                  "Only when the server generated it; it must be changed at first sign-in.")
          String password) {}

  @Schema(name = "UserPage")
  public record UserPage(
      List<User> items, long total, @Schema(description = "From 0.") int page, int size) {}

  @Schema(name = "UserInput", description = "A new user.")
  public record UserInput(
      @Schema(
              requiredMode = REQUIRED,
              pattern = USERNAME,
              description = "Unique without regard to case.")
          String username,
      @Schema(maxLength = 200) String displayName,
      @Schema(format = "email", maxLength = 254) String email,
      @Schema(maxLength = 40) String phone,
      @Schema(description = "Department id.") Long department,
      @Schema(description = "User id of the manager.") Long manager,
      @Schema(description = "Role names.") List<String> roles,
      @Schema(allowableValues = {"en", "zh-CN"}) String locale,
      @Schema(
              format = "password",
              description = "Left out: one is generated, answered once, and must be changed.")
          String password) {}

  @Schema(name = "UserUpdate", description = "The user's fields to change; others stay.")
  public record UserUpdate(
      @Schema(pattern = USERNAME) String username,
      @Schema(maxLength = 200) String displayName,
      @Schema(nullable = true, format = "email", maxLength = 254) String email,
      @Schema(nullable = true, maxLength = 40) String phone,
      @Schema(nullable = true) Long department,
      @Schema(nullable = true) Long manager,
      List<String> roles,
      @Schema(allowableValues = {"en", "zh-CN"}) String locale,
      @Schema(description = "The version read; or send it as If-Match.") Long version) {}

  @Schema(name = "Deactivation", description = "Optional: who takes over the user's records.")
  public record Deactivation(
      @Schema(description = "Id of an active user who becomes the owner of every record.")
          Long reassignTo) {}

  @Schema(name = "PasswordReset", description = "Optional: the new password, else one is made.")
  public record PasswordReset(@Schema(format = "password") String password) {}

  @Schema(name = "Department", description = "A department of the organisation tree.")
  public record Department(
      long id,
      String name,
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(nullable = true, description = "Parent department id; null at the root.") Long parent,
      @Schema(nullable = true, description = "User id of the head.") Long head,
      @Schema(description = "Ids from the root down.", example = "/1/4/9/") String path,
      long version,
      Instant createdAt,
      Instant updatedAt) {}

  @Schema(name = "DepartmentList")
  public record DepartmentList(List<Department> items) {}

  @Schema(name = "DepartmentInput", description = "A new department.")
  public record DepartmentInput(
      @Schema(requiredMode = REQUIRED, maxLength = 100) String name,
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(description = "Parent department id.") Long parent,
      @Schema(description = "User id of the head.") Long head) {}

  @Schema(name = "DepartmentUpdate", description = "The department's fields to change.")
  public record DepartmentUpdate(
      @Schema(maxLength = 100) String name,
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(nullable = true, description = "A new parent moves the whole subtree.") Long parent,
      @Schema(nullable = true) Long head,
      @Schema(description = "The version read; or send it as If-Match.") Long version) {}

  @Schema(name = "Role", description = "A role users hold.")
  public record Role(
      String name,
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(nullable = true) String description,
      @Schema(description = "Built in (admin); cannot be deleted.") boolean system,
      @Schema(description = "Holders must set up two-factor.") boolean requiresTotp,
      @Schema(description = "How many users hold it.") long users,
      long version,
      Instant createdAt,
      Instant updatedAt) {}

  @Schema(name = "RoleList")
  public record RoleList(List<Role> items) {}

  @Schema(name = "RoleInput", description = "A new role.")
  public record RoleInput(
      @Schema(requiredMode = REQUIRED, pattern = ROLE_NAME, description = "Cannot change later.")
          String name,
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(maxLength = 1000) String description,
      Boolean requiresTotp) {}

  @Schema(name = "RoleUpdate", description = "The role's fields to change.")
  public record RoleUpdate(
      @Schema(ref = "Labels") Map<String, String> labels,
      @Schema(nullable = true, maxLength = 1000) String description,
      Boolean requiresTotp,
      @Schema(description = "The version read; or send it as If-Match.") Long version) {}

  @Schema(name = "SecurityPolicy", description = "Password rules, lockout and session timeouts.")
  public record SecurityPolicy(
      @Schema(minimum = "8", maximum = "128") int minPasswordLength,
      @Schema(minimum = "64", maximum = "1024") int maxPasswordLength,
      @Schema(minimum = "0", maximum = "24", description = "0: off.") int passwordHistory,
      @Schema(minimum = "0", maximum = "3650", description = "0: never.") int passwordExpiryDays,
      @Schema(minimum = "1", maximum = "100") int lockoutThreshold,
      @Schema(minimum = "1", maximum = "1440") int lockoutMinutes,
      @Schema(minimum = "1", maximum = "43200") int lockoutMaxMinutes,
      @Schema(minimum = "1", maximum = "1440") int sessionIdleMinutes,
      @Schema(minimum = "1", maximum = "720") int sessionAbsoluteHours) {}

  @Schema(
      name = "SecurityPolicyUpdate",
      description = "Settings to change; those left out keep their value.")
  public record SecurityPolicyUpdate(
      @Schema(minimum = "8", maximum = "128") Integer minPasswordLength,
      @Schema(minimum = "64", maximum = "1024") Integer maxPasswordLength,
      @Schema(minimum = "0", maximum = "24") Integer passwordHistory,
      @Schema(minimum = "0", maximum = "3650") Integer passwordExpiryDays,
      @Schema(minimum = "1", maximum = "100") Integer lockoutThreshold,
      @Schema(minimum = "1", maximum = "1440") Integer lockoutMinutes,
      @Schema(minimum = "1", maximum = "43200") Integer lockoutMaxMinutes,
      @Schema(minimum = "1", maximum = "1440") Integer sessionIdleMinutes,
      @Schema(minimum = "1", maximum = "720") Integer sessionAbsoluteHours) {}

  @Schema(name = "UserSummary", description = "An active user, to fill an owner or user field.")
  public record UserSummary(
      long id, String username, @Schema(nullable = true) String displayName) {}

  @Schema(name = "UserSummaryList")
  public record UserSummaryList(List<UserSummary> items) {}

  @Schema(name = "LoginEvent", description = "One sign-in attempt.")
  public record LoginEvent(
      long id,
      Instant occurredAt,
      @Schema(nullable = true, description = "As typed.") String username,
      @Schema(nullable = true, description = "Null for unknown names.") Long userId,
      @Schema(
              description =
                  "success, unknown_user, wrong_password, locked, locked_out_now, deactivated,"
                      + " totp_required, totp_invalid, password_expired, malformed.")
          String outcome,
      @Schema(description = "web or api.") String channel,
      @Schema(nullable = true) String address,
      @Schema(nullable = true) String userAgent) {}

  @Schema(name = "LoginEventPage")
  public record LoginEventPage(List<LoginEvent> items, long total, int page, int size) {}

  @Schema(name = "AuditEvent", description = "One administrative change.")
  public record AuditEvent(
      long id,
      Instant occurredAt,
      @Schema(nullable = true, description = "Null for changes the platform made itself.")
          Long actorId,
      String actorUsername,
      @Schema(example = "entity.field_update") String action,
      @Schema(example = "entity") String targetType,
      @Schema(nullable = true, example = "contract") String targetId,
      @Schema(nullable = true) String targetLabel,
      @Schema(nullable = true, description = "The state before; null when created.")
          Map<String, Object> before,
      @Schema(nullable = true, description = "The state after; null when deleted.")
          Map<String, Object> after) {}

  @Schema(name = "AuditEventPage")
  public record AuditEventPage(List<AuditEvent> items, long total, int page, int size) {}
}
