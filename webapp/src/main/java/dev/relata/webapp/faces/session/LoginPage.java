package dev.relata.webapp.faces.session;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.identity.SignInStep;
import dev.relata.platform.identity.TotpEnrolment;
import dev.relata.platform.identity.User;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The sign-in form and the steps that may follow the password: a second factor, a new password,
 * setting up two-factor and its recovery codes. Request scoped, with a stateless view, so that a
 * sign-in page left open past the session timeout still works instead of failing with an expired
 * view; which step the user is at lives in {@link UserSession}.
 *
 * <p>A stateless view has no Faces view state to guard it ({@code jakarta.faces.ViewState} is the
 * constant {@code stateless}), so every step checks the session's own anti-forgery token ({@link
 * UserSession#getSignInToken()}, sent as {@value #TOKEN_FIELD}) before it does anything.
 */
@Named
@RequestScoped
public class LoginPage {
  /** The request parameter that carries the sign-in form's anti-forgery token. */
  public static final String TOKEN_FIELD = "signInToken";

  private static final String HOME = "/app/home.xhtml?faces-redirect=true";
  private final RelataRuntime runtime;
  private final UserSession session;
  private String username;
  private String password;
  private String code;
  private String newPassword;
  private String repeatPassword;
  private TotpEnrolment enrolment;
  private List<String> recoveryCodes;

  @Inject
  public LoginPage(RelataRuntime runtime, UserSession session) {
    this.runtime = runtime;
    this.session = session;
  }

  protected LoginPage() {
    this(null, null);
  }

  public String signIn() {
    if (!fromThisSessionsForm()) {
      return null;
    }
    SignInStep step;
    try {
      step = relata().identity().beginSignIn(username, password, BrowserClient.current());
    } catch (RelataException e) {
      return refused(e);
    }
    // A new session id once the password is right, so that an id planted before sign-in is
    // worthless for the steps that follow and after them.
    request().changeSessionId();
    return next(step);
  }

  public String verifyCode() {
    if (!fromThisSessionsForm()) {
      return null;
    }
    Long userId = session.pendingUser(LoginStep.SECOND_FACTOR);
    if (userId == null) {
      return restart();
    }
    try {
      return next(
          relata().identity().continueWithSecondFactor(userId, code, BrowserClient.current()));
    } catch (RelataException e) {
      code = null;
      if (e.kind() == ErrorKind.UNAUTHORIZED
          && !IdentityService.SECOND_FACTOR_WRONG.key().equals(e.text().key())) {
        session.clearPending();
        return refused(e);
      }
      FacesMessages.error("loginForm:code", Texts.get("login.codeWrong"));
      return null;
    }
  }

  public String chooseNewPassword() {
    if (!fromThisSessionsForm()) {
      return null;
    }
    Long userId = session.pendingUser(LoginStep.NEW_PASSWORD);
    if (userId == null) {
      return restart();
    }
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      FacesMessages.error("loginForm:repeatPassword", Texts.get("account.passwordsDiffer"));
      return null;
    }
    try {
      return next(relata().identity().changeExpiredPassword(userId, newPassword));
    } catch (RelataException e) {
      showProblems(e, "loginForm:newPassword");
      return null;
    }
  }

  public String confirmEnrolment() {
    if (!fromThisSessionsForm()) {
      return null;
    }
    Long userId = session.pendingUser(LoginStep.ENROL);
    if (userId == null) {
      return restart();
    }
    try {
      recoveryCodes = relata().twoFactor().confirm(userId, code);
      session.pending(userId, LoginStep.RECOVERY_CODES);
      return null;
    } catch (RelataException e) {
      code = null;
      showProblems(e, "loginForm:code");
      return null;
    }
  }

  /** After the recovery codes were shown: in. */
  public String finishEnrolment() {
    if (!fromThisSessionsForm()) {
      return null;
    }
    Long userId = session.pendingUser(LoginStep.RECOVERY_CODES);
    return userId == null ? restart() : finish(userId);
  }

  /** Back to the username and password. */
  public String restart() {
    if (!fromThisSessionsForm()) {
      return null;
    }
    session.clearPending();
    return "/login.xhtml?faces-redirect=true";
  }

  /** The authenticator to set up at the enrolment step, started on first showing. */
  public TotpEnrolment getEnrolment() {
    Long userId = session.pendingUser(LoginStep.ENROL);
    if (enrolment == null && userId != null) {
      enrolment =
          relata()
              .twoFactor()
              .pendingEnrolment(userId)
              .orElseGet(() -> relata().twoFactor().startEnrolment(userId));
    }
    return enrolment;
  }

  /** Sends a user who is already signed in straight to the application. */
  public String redirectIfSignedIn() {
    return session.isSignedIn() ? HOME : null;
  }

  /**
   * Whether this post carries the token of the form this session was shown. If not, it was forged
   * on another site or sent from a form left open past the end of its session: nothing is done, and
   * the form, shown again with this session's token, asks for the details again.
   */
  private boolean fromThisSessionsForm() {
    String sent =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(TOKEN_FIELD);
    if (session.isSignInToken(sent)) {
      return true;
    }
    password = null;
    code = null;
    newPassword = null;
    repeatPassword = null;
    FacesMessages.error(null, Texts.get("login.formExpired"));
    return false;
  }

  private String next(SignInStep step) {
    long userId = step.user().id();
    if (step.secondFactorNeeded()) {
      session.pending(userId, LoginStep.SECOND_FACTOR);
    } else if (step.passwordChangeNeeded()) {
      session.pending(userId, LoginStep.NEW_PASSWORD);
      FacesMessages.info(Texts.get("login.passwordExpired"));
    } else if (step.enrolmentNeeded()) {
      session.pending(userId, LoginStep.ENROL);
      FacesMessages.info(Texts.get("login.enrolRequired"));
    } else {
      return finish(userId);
    }
    password = null;
    return null;
  }

  private String finish(long userId) {
    ClientInfo client = BrowserClient.current();
    User user = relata().identity().completeSignIn(userId, client);
    HttpServletRequest http = request();
    http.changeSessionId();
    http.getSession()
        .setMaxInactiveInterval(relata().securityPolicies().current().sessionIdleMinutes() * 60);
    session.signIn(user, relata().webSessions().start(userId, client));
    return HOME;
  }

  private String refused(RelataException e) {
    if (e.kind() != ErrorKind.UNAUTHORIZED) {
      throw e;
    }
    // One message for every failure: it must not tell whether the username exists.
    FacesMessages.error(null, Texts.get("login.failed"));
    password = null;
    return null;
  }

  private static void showProblems(RelataException e, String clientId) {
    if (e.problems().isEmpty()) {
      FacesMessages.error(e);
    }
    for (FieldProblem problem : e.problems()) {
      FacesMessages.error(clientId, Texts.of(problem.text()));
    }
  }

  private Relata relata() {
    return runtime.relata();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }
}
