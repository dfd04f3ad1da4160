package dev.relata.webapp.faces.session;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.User;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in and which language they chose. Holds plain values rather than the platform's
 * {@link Actor} so that the session stays serializable (the container may persist or, once the
 * application is marked distributable, replicate it).
 *
 * <p>A signed-in session also holds the token of its {@code auth_token} row (kind {@code web});
 * {@link AccessFilter} asks the platform on every request whether that row still stands, so that
 * revoking it ends this session at once. A sign-in that has passed the password but still has a
 * step to go (second factor, new password, two-factor set-up) is <em>pending</em>: it names the
 * user and the step, and lets the user into nothing.
 *
 * <p>The session also holds the anti-forgery token of the sign-in form: a random value the form
 * carries and every sign-in step must send back. A page on another site cannot read it, so it
 * cannot post the form in this session's name, and a session it starts itself has no token at all
 * (login CSRF: signing a victim's browser in as the attacker).
 */
@Named
@SessionScoped
public class UserSession implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How long a user has for the remaining sign-in steps after their password. */
  static final Duration PENDING_FOR = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RelataRuntime runtime;
  private Long userId;
  private String webToken;
  private Long pendingUserId;
  private LoginStep pendingStep;
  private Instant pendingSince;
  private String username;
  private String displayName;
  private Set<SystemPermission> permissions = Set.of();
  private Set<String> roles = Set.of();
  private Locale locale;
  private String signInToken;

  @Inject
  public UserSession(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected UserSession() {
    this(null);
  }

  /**
   * Remembers the user and their web session token; the caller has already changed the session id.
   */
  public void signIn(User user, String webToken) {
    clearPending();
    signInToken = null;
    this.webToken = webToken;
    userId = user.id();
    username = user.username();
    displayName =
        user.displayName() == null || user.displayName().isBlank()
            ? user.username()
            : user.displayName();
    takeRoles(user);
    if (locale == null && user.locale() != null) {
      locale = Texts.supported(Locale.forLanguageTag(user.locale()));
    }
  }

  /** The user's roles as they are now, and the system permissions they carry under the policy. */
  private void takeRoles(User user) {
    roles = Set.copyOf(user.roles());
    permissions = runtime.relata().access().policy().systemPermissions(roles);
  }

  /** The system permissions of the signed-in user (none when signed out). */
  Set<SystemPermission> permissions() {
    return isSignedIn() ? permissions : Set.of();
  }

  /** Whether the signed-in user holds a system permission, by its API name (for pages). */
  public boolean holds(String permission) {
    return SystemPermission.of(permission).map(p -> permissions().contains(p)).orElse(false);
  }

  public boolean isSignedIn() {
    return userId != null;
  }

  /**
   * Whether the session's row still stands (not revoked, not timed out, user active); if it does,
   * takes the user's roles as they are now, so that a role change applies on the next request.
   */
  boolean refresh() {
    Optional<User> current =
        userId == null ? Optional.empty() : runtime.relata().webSessions().user(webToken);
    current.ifPresent(this::takeRoles);
    return current.isPresent();
  }

  /** The sign-in form's anti-forgery token for this session, made when a form first needs it. */
  public String getSignInToken() {
    if (signInToken == null) {
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      signInToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
    return signInToken;
  }

  /** Whether a sign-in form sent back this session's token (compared in constant time). */
  boolean isSignInToken(String submitted) {
    return signInToken != null
        && submitted != null
        && MessageDigest.isEqual(
            signInToken.getBytes(StandardCharsets.UTF_8),
            submitted.getBytes(StandardCharsets.UTF_8));
  }

  /** A new web session token after the old ones were ended (the user's own password change). */
  public void replaceToken(String newToken) {
    webToken = newToken;
  }

  /** The user whose sign-in awaits {@code step}; null if none or if it took too long. */
  Long pendingUser(LoginStep step) {
    if (pendingUserId == null
        || pendingStep != step
        || pendingSince.plus(PENDING_FOR).isBefore(Instant.now())) {
      return null;
    }
    return pendingUserId;
  }

  /** The step a pending sign-in is at, or the password step. */
  public LoginStep getLoginStep() {
    if (pendingUserId == null || pendingSince.plus(PENDING_FOR).isBefore(Instant.now())) {
      return LoginStep.PASSWORD;
    }
    return pendingStep;
  }

  void pending(long userId, LoginStep step) {
    if (pendingUserId == null || pendingUserId != userId) {
      pendingSince = Instant.now();
    }
    pendingUserId = userId;
    pendingStep = step;
  }

  void clearPending() {
    pendingUserId = null;
    pendingStep = null;
    pendingSince = null;
  }

  /** Whether the user may open any administration page (the side bar's section shows). */
  public boolean isAdmin() {
    return !permissions().isEmpty();
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The actor for platform calls; only pages under the access filter call this. */
  public Actor actor() {
    if (userId == null) {
      throw new IllegalStateException("No one is signed in");
    }
    return new Actor(userId, username, roles, permissions);
  }

  /** The chosen language, else the browser's if supported, else English. */
  public Locale getLocale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      return context == null
          ? Locale.ENGLISH
          : Texts.supported(context.getExternalContext().getRequestLocale());
    }
    return locale;
  }

  /** The locale as a metadata label tag: {@code en} or {@code zh-CN}. */
  public String getLabelTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isChinese() {
    return Locale.SIMPLIFIED_CHINESE.equals(getLocale());
  }

  /** Switches the language for the rest of the session and shows the same page again. */
  public void switchLocale(String tag) throws IOException {
    locale = Texts.supported(Locale.forLanguageTag(tag));
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    ExternalContext external = context.getExternalContext();
    // The URL is rebuilt from the view's own parameters, never taken from the request, so that
    // the switch cannot be turned into a redirect to somewhere else.
    String url =
        context
            .getApplication()
            .getViewHandler()
            .getBookmarkableURL(
                context, context.getViewRoot().getViewId(), java.util.Map.of(), true);
    external.redirect(url);
    context.responseComplete();
  }

  /** Ends the session, its row included, and returns to the sign-in page. */
  public String signOut() {
    runtime.relata().webSessions().end(webToken);
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    forget();
    return "/login.xhtml?faces-redirect=true";
  }

  /** Forgets the user, e.g. when the session's row was revoked elsewhere. */
  void forget() {
    userId = null;
    webToken = null;
    clearPending();
  }
}
