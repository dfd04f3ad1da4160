package dev.relata.webapp.faces.me;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.CreatedPersonalToken;
import dev.relata.platform.identity.PersonalToken;
import dev.relata.platform.identity.Profile;
import dev.relata.platform.identity.TotpEnrolment;
import dev.relata.platform.identity.TotpStatus;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import dev.relata.webapp.faces.session.BrowserClient;
import dev.relata.webapp.faces.session.UserSession;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "My account": the profile, changing the password, two-factor (set up with a QR code, confirm,
 * recovery codes shown once, turn off) and personal API tokens (make one, shown once; revoke).
 */
@Named("accountPage")
@ViewScoped
public class AccountPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private final RelataRuntime runtime;
  private final UserSession session;
  private String currentPassword;
  private String newPassword;
  private String repeatPassword;
  private String enrolSecret;
  private String enrolQrCode;
  private String code;
  private String totpPassword;
  private List<String> recoveryCodes;
  private String tokenName;
  private Integer tokenDays = 90;
  private String createdToken;

  @Inject
  public AccountPage(RelataRuntime runtime, UserSession session) {
    this.runtime = runtime;
    this.session = session;
  }

  protected AccountPage() {
    this(null, null);
  }

  /** One personal token in the list, as text. */
  public record TokenRow(long id, String name, String created, String expires, String lastUsed)
      implements Serializable {}

  public Profile getProfile() {
    return PerRequest.get(
        "account.profile", () -> relata().identity().profile(session.actor().userId()));
  }

  public String getRoles() {
    return String.join(", ", getProfile().user().roles());
  }

  public TotpStatus getTwoFactor() {
    return getProfile().twoFactor();
  }

  public String getPasswordExpires() {
    Instant expires = getProfile().passwordExpiresAt();
    return expires == null ? null : WHEN.format(expires);
  }

  public List<TokenRow> getTokens() {
    return PerRequest.get(
        "account.tokens",
        () ->
            relata().personalTokens().list(session.actor()).stream()
                .map(AccountPage::row)
                .toList());
  }

  public void changePassword() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      FacesMessages.error("passwordForm:repeatPassword", Texts.get("account.passwordsDiffer"));
      return;
    }
    try {
      relata().identity().changePassword(session.actor(), currentPassword, newPassword);
    } catch (RelataException e) {
      show(e, "passwordForm");
      return;
    }
    // The change ended every session of the user, this one too; this one goes on with a new row.
    session.replaceToken(
        relata().webSessions().start(session.actor().userId(), BrowserClient.current()));
    currentPassword = null;
    newPassword = null;
    repeatPassword = null;
    FacesMessages.info(Texts.get("account.passwordChanged"));
  }

  public void startEnrolment() {
    try {
      TotpEnrolment enrolment = relata().twoFactor().startEnrolment(session.actor().userId());
      enrolSecret = enrolment.secret();
      enrolQrCode = enrolment.qrCode();
      recoveryCodes = null;
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  public void confirmEnrolment() {
    try {
      recoveryCodes = relata().twoFactor().confirm(session.actor().userId(), code);
      enrolSecret = null;
      enrolQrCode = null;
      FacesMessages.info(Texts.get("account.totpOn"));
    } catch (RelataException e) {
      show(e, "totpForm");
    }
    code = null;
  }

  public void disableTwoFactor() {
    try {
      relata().twoFactor().disable(session.actor(), totpPassword);
      recoveryCodes = null;
      FacesMessages.info(Texts.get("account.totpOff"));
    } catch (RelataException e) {
      show(e, "totpForm");
    }
    totpPassword = null;
  }

  public void regenerateRecoveryCodes() {
    try {
      recoveryCodes = relata().twoFactor().regenerateRecoveryCodes(session.actor(), totpPassword);
    } catch (RelataException e) {
      show(e, "totpForm");
    }
    totpPassword = null;
  }

  public void createToken() {
    try {
      CreatedPersonalToken created =
          relata()
              .personalTokens()
              .create(session.actor(), tokenName, tokenDays == null ? 0 : tokenDays);
      createdToken = created.token();
      tokenName = null;
    } catch (RelataException e) {
      show(e, "tokensForm");
    }
  }

  public void revokeToken(long id) {
    try {
      relata().personalTokens().revoke(session.actor(), id);
      createdToken = null;
      FacesMessages.info(Texts.get("account.tokenRevoked"));
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  /** Field problems on the input of the same name in {@code form}, others on the page. */
  private static void show(RelataException e, String form) {
    if (e.problems().isEmpty()) {
      FacesMessages.error(e);
    }
    for (FieldProblem problem : e.problems()) {
      FacesMessages.error(form + ":" + input(problem.field()), Texts.of(problem.text()));
    }
  }

  private static String input(String field) {
    return switch (field) {
      case "expiresInDays" -> "tokenDays";
      case "name" -> "tokenName";
      default -> field;
    };
  }

  private static TokenRow row(PersonalToken token) {
    return new TokenRow(
        token.id(),
        token.name(),
        WHEN.format(token.createdAt()),
        WHEN.format(token.expiresAt()),
        token.lastUsedAt() == null ? "—" : WHEN.format(token.lastUsedAt()));
  }

  private Relata relata() {
    return runtime.relata();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
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

  public String getEnrolSecret() {
    return enrolSecret;
  }

  public String getEnrolQrCode() {
    return enrolQrCode;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTotpPassword() {
    return totpPassword;
  }

  public void setTotpPassword(String totpPassword) {
    this.totpPassword = totpPassword;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public Integer getTokenDays() {
    return tokenDays;
  }

  public void setTokenDays(Integer tokenDays) {
    this.tokenDays = tokenDays;
  }

  public String getCreatedToken() {
    return createdToken;
  }
}
