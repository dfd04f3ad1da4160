package dev.relata.platform.identity;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A user as the platform reasons about it; the password hash and two-factor secret never leave the
 * repository. {@code status} is the effective one: a lockout whose time has passed reads as {@code
 * active}.
 */
public record User(
    long id,
    String username,
    String displayName,
    String email,
    String phone,
    Long departmentId,
    Long managerId,
    List<String> roles,
    String status,
    String locale,
    boolean totpEnabled,
    Instant lockedUntil,
    Instant passwordChangedAt,
    long version,
    Instant createdAt,
    Instant updatedAt) {
  public static final String ACTIVE = "active";
  public static final String LOCKED = "locked";
  public static final String DEACTIVATED = "deactivated";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

  public User {
    roles = List.copyOf(roles);
  }

  public static boolean validUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  public boolean active() {
    return ACTIVE.equals(status);
  }

  public boolean admin() {
    return roles.contains(Actor.ADMIN_ROLE);
  }

  /** The same user with the roles read separately. */
  public User withRoles(List<String> roles) {
    return new User(
        id,
        username,
        displayName,
        email,
        phone,
        departmentId,
        managerId,
        roles,
        status,
        locale,
        totpEnabled,
        lockedUntil,
        passwordChangedAt,
        version,
        createdAt,
        updatedAt);
  }
}
