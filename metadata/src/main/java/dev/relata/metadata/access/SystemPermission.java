package dev.relata.metadata.access;

import java.util.Locale;
import java.util.Optional;

/** A part of administration a role may be given without being given everything. */
public enum SystemPermission {
  /** Users and departments. */
  MANAGE_USERS,
  /** Roles, the permission matrix, field and system permissions. */
  MANAGE_ROLES,
  /** The object manager: entities and fields. */
  CUSTOMIZE,
  MANAGE_RULES,
  /** The login log and the audit log. */
  VIEW_LOGS,
  /** Seeing the application as another user, read-only. */
  VIEW_AS;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SystemPermission> of(String apiName) {
    for (SystemPermission permission : values()) {
      if (permission.apiName().equals(apiName)) {
        return Optional.of(permission);
      }
    }
    return Optional.empty();
  }
}
