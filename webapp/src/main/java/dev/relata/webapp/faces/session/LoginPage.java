package dev.relata.webapp.faces.session;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.identity.User;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-in form. Request scoped, with a stateless view, so that a sign-in page left open past
 * the session timeout still works instead of failing with an expired view.
 */
@Named
@RequestScoped
public class LoginPage {
  private final RelataRuntime runtime;
  private final UserSession session;
  private String username;
  private String password;

  @Inject
  public LoginPage(RelataRuntime runtime, UserSession session) {
    this.runtime = runtime;
    this.session = session;
  }

  protected LoginPage() {
    this(null, null);
  }

  public String signIn() {
    User user;
    try {
      HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance()
          .getExternalContext().getRequest();
      user = runtime.relata().identity().signIn(username, password,
          new ClientInfo("web", http.getRemoteAddr(), http.getHeader("User-Agent")));
    } catch (RelataException e) {
      if (e.kind() != ErrorKind.UNAUTHORIZED) {
        throw e;
      }
      // One message for every failure: it must not tell whether the username exists.
      FacesMessages.error(null, Texts.get("login.failed"));
      password = null;
      return null;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    // A new session id on sign-in, so that an id planted before sign-in is worthless after it.
    ((HttpServletRequest) context.getExternalContext().getRequest()).changeSessionId();
    session.signIn(user);
    return "/app/home.xhtml?faces-redirect=true";
  }

  /** Sends a user who is already signed in straight to the application. */
  public String redirectIfSignedIn() {
    return session.isSignedIn() ? "/app/home.xhtml?faces-redirect=true" : null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
