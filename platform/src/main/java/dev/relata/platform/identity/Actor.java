package dev.relata.platform.identity;

import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated user on whose behalf a request runs, with the roles they held and the system
 * permissions those roles carried when the request was authenticated.
 */
public record Actor(
    long userId, String username, Set<String> roles, Set<SystemPermission> permissions) {
  /** The role that may do everything. */
  public static final String ADMIN_ROLE = AccessPolicy.ADMIN_ROLE;

  public Actor {
    roles = Set.copyOf(roles);
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
  }

  /**
   * An actor outside a request (first start, the console, tests): the {@code admin} role holds
   * every system permission, no other role any.
   */
  public Actor(long userId, String username, Set<String> roles) {
    this(userId, username, roles, AccessPolicy.EMPTY.systemPermissions(roles));
  }

  public boolean admin() {
    return roles.contains(ADMIN_ROLE);
  }

  public boolean holds(SystemPermission permission) {
    return permissions.contains(permission);
  }

  /** Refuses the call (403) unless the actor holds {@code permission}. */
  public void require(SystemPermission permission) {
    if (!holds(permission)) {
      throw RelataException.forbidden("access.permission_required", label(permission));
    }
  }

  /** Refuses the call (403) unless the actor holds at least one of {@code permissions}. */
  public void requireAny(SystemPermission... anyOf) {
    for (SystemPermission permission : anyOf) {
      if (holds(permission)) {
        return;
      }
    }
    throw RelataException.forbidden("access.permission_required", label(anyOf[0]));
  }

  /** The permission's name in the reader's language. */
  public static Message label(SystemPermission permission) {
    return switch (permission) {
      case MANAGE_USERS -> Message.of("access.system_permission.manage_users");
      case MANAGE_ROLES -> Message.of("access.system_permission.manage_roles");
      case CUSTOMIZE -> Message.of("access.system_permission.customize");
      case MANAGE_RULES -> Message.of("access.system_permission.manage_rules");
      case VIEW_LOGS -> Message.of("access.system_permission.view_logs");
      case VIEW_AS -> Message.of("access.system_permission.view_as");
    };
  }

  /** Refuses the call unless the actor is an administrator. */
  public void requireAdmin() {
    if (!admin()) {
      throw RelataException.forbidden("access.admin_only");
    }
  }
}
