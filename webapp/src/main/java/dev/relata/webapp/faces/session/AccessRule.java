package dev.relata.webapp.faces.session;

/** Which pages a visitor may open, by path; kept apart from the filter so it can be tested. */
public enum AccessRule {
  ALLOW,
  SIGN_IN,
  FORBIDDEN;

  public static final String APP = "/app/";
  public static final String ADMIN = "/app/admin/";

  /** The decision for a path under the context root. */
  public static AccessRule decide(String path, boolean signedIn, boolean admin) {
    if (!path.startsWith(APP) && !path.equals("/app")) {
      return ALLOW;
    }
    if (!signedIn) {
      return SIGN_IN;
    }
    if ((path.startsWith(ADMIN) || path.equals("/app/admin")) && !admin) {
      return FORBIDDEN;
    }
    return ALLOW;
  }
}
