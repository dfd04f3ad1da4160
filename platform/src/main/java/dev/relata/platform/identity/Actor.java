package dev.relata.platform.identity;

import dev.relata.metadata.error.RelataException;
import java.util.Set;

/**
 * The authenticated user on whose behalf a request runs, with the roles they held when the request
 * was authenticated.
 */
public record Actor(long userId, String username, Set<String> roles) {
  /** The role that may do everything. */
  public static final String ADMIN_ROLE = "admin";

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean admin() {
    return roles.contains(ADMIN_ROLE);
  }

  /** Refuses the call unless the actor is an administrator. */
  public void requireAdmin() {
    if (!admin()) {
      throw RelataException.forbidden("access.admin_only");
    }
  }
}
