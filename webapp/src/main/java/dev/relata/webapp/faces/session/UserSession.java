package dev.relata.webapp.faces.session;

import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.User;
import dev.relata.webapp.faces.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * Who is signed in and which language they chose. Holds plain values rather than the platform's
 * {@link Actor} so that the session stays serializable (sessions are replicated in a cluster).
 */
@Named
@SessionScoped
public class UserSession implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long userId;
  private String username;
  private String displayName;
  private boolean admin;
  private java.util.Set<String> roles = java.util.Set.of();
  private Locale locale;

  /** Remembers the user; the caller has already changed the session id. */
  public void signIn(User user) {
    userId = user.id();
    username = user.username();
    displayName = user.displayName() == null || user.displayName().isBlank() ? user.username()
        : user.displayName();
    admin = user.admin();
    roles = java.util.Set.copyOf(user.roles());
    if (locale == null && user.locale() != null) {
      locale = Texts.supported(Locale.forLanguageTag(user.locale()));
    }
  }

  public boolean isSignedIn() {
    return userId != null;
  }

  public boolean isAdmin() {
    return isSignedIn() && admin;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The actor for platform calls; only pages under the access filter call this. */
  public Actor actor() {
    if (userId == null) {
      throw new IllegalStateException("No one is signed in");
    }
    return new Actor(userId, username, roles);
  }

  /** The chosen language, else the browser's if supported, else English. */
  public Locale getLocale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      return context == null ? Locale.ENGLISH
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
    String url = context.getApplication().getViewHandler().getBookmarkableURL(context,
        context.getViewRoot().getViewId(), java.util.Map.of(), true);
    external.redirect(url);
    context.responseComplete();
  }

  /** Ends the session and returns to the sign-in page. */
  public String signOut() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    userId = null;
    return "/login.xhtml?faces-redirect=true";
  }
}
