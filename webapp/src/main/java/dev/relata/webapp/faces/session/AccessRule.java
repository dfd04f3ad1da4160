package dev.relata.webapp.faces.session;

import dev.relata.metadata.access.SystemPermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which pages a visitor may open, by path; kept apart from the filter so it can be tested. */
public enum AccessRule {
  ALLOW,
  SIGN_IN,
  FORBIDDEN;

  public static final String APP = "/app/";
  public static final String ADMIN = "/app/admin/";

  /** The system permission each administration page needs; the platform checks every call again. */
  private static final Map<String, SystemPermission> ADMIN_PAGES =
      Map.of(
          "entities", SystemPermission.CUSTOMIZE,
          "entity", SystemPermission.CUSTOMIZE,
          "rules", SystemPermission.MANAGE_RULES,
          "users", SystemPermission.MANAGE_USERS,
          "departments", SystemPermission.MANAGE_USERS,
          "security", SystemPermission.MANAGE_USERS,
          "roles", SystemPermission.MANAGE_ROLES,
          "permissions", SystemPermission.MANAGE_ROLES,
          "logins", SystemPermission.VIEW_LOGS,
          "audit", SystemPermission.VIEW_LOGS);

  /** The decision for a path under the context root, for a visitor holding {@code held}. */
  public static AccessRule decide(String path, boolean signedIn, Set<SystemPermission> held) {
    if (!path.startsWith(APP) && !path.equals("/app")) {
      return ALLOW;
    }
    if (!signedIn) {
      return SIGN_IN;
    }
    if (path.startsWith(ADMIN) || path.equals("/app/admin")) {
      return held.containsAll(needs(path)) ? ALLOW : FORBIDDEN;
    }
    return ALLOW;
  }

  /** What an administration page needs; a page not listed needs every permission. */
  static Set<SystemPermission> needs(String path) {
    String page = path.length() > ADMIN.length() ? path.substring(ADMIN.length()) : "";
    int end = page.indexOf('.');
    SystemPermission permission = ADMIN_PAGES.get(end < 0 ? page : page.substring(0, end));
    return permission == null ? EnumSet.allOf(SystemPermission.class) : Set.of(permission);
  }
}
