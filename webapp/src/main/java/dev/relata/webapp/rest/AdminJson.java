package dev.relata.webapp.rest;

import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.Department;
import dev.relata.platform.organisation.Role;
import jakarta.ws.rs.core.EntityTag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of the admin API (users, departments, roles) and the ETag of their version. Users
 * never carry a password hash or a two-factor secret: the platform's {@link User} has none.
 */
final class AdminJson {
  private AdminJson() {}

  static Map<String, Object> user(User user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", user.id());
    json.put("username", user.username());
    json.put("displayName", user.displayName());
    json.put("email", user.email());
    json.put("phone", user.phone());
    json.put("department", user.departmentId());
    json.put("manager", user.managerId());
    json.put("roles", user.roles());
    json.put("status", user.status());
    json.put("locale", user.locale());
    json.put("totpEnabled", user.totpEnabled());
    json.put("lockedUntil", user.lockedUntil());
    json.put("passwordChangedAt", user.passwordChangedAt());
    json.put("version", user.version());
    json.put("createdAt", user.createdAt());
    json.put("updatedAt", user.updatedAt());
    return json;
  }

  static Map<String, Object> department(Department department) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", department.id());
    json.put("name", department.name());
    json.put("labels", department.labels().values());
    json.put("parent", department.parentId());
    json.put("head", department.headUserId());
    json.put("path", department.path());
    json.put("version", department.version());
    json.put("createdAt", department.createdAt());
    json.put("updatedAt", department.updatedAt());
    return json;
  }

  static Map<String, Object> role(Role role, long holders) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", role.name());
    json.put("labels", role.labels().values());
    json.put("description", role.description());
    json.put("system", role.systemRole());
    json.put("requiresTotp", role.requiresTotp());
    json.put("users", holders);
    json.put("version", role.version());
    json.put("createdAt", role.createdAt());
    json.put("updatedAt", role.updatedAt());
    return json;
  }

  static EntityTag etag(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /** The body as values, or none when it is empty (for actions whose body is optional). */
  static Map<String, Object> optionalBody(String body) {
    return body == null || body.isBlank() ? Map.of() : Json.values(Json.object(body));
  }
}
