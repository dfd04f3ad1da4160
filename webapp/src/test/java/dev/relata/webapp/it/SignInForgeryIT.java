package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.testing.Totp;
import dev.relata.webapp.it.TestUsers.TestUser;
import dev.relata.webapp.it.WebClient.SignInPage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: a page on another site that posts Relata's sign-in form with the attacker's valid
 * credentials would sign the victim's browser in as the attacker. Such a post comes from a browser
 * whose cookie jar has no Relata session (or one the SameSite cookie keeps back), so it cannot
 * carry the token the form was shown with: it signs no one in. Faces' view state does not guard
 * this form, whose view is stateless (its {@code jakarta.faces.ViewState} is the constant {@code
 * stateless}).
 */
class SignInForgeryIT {
  private static final Map<String, String> ADMIN =
      Map.of("username", "admin", "password", RelataServer.ADMIN_PASSWORD);

  @Test
  void theRealFormSignsIn() {
    WebClient browser = new WebClient();
    SignInPage page = browser.openSignInPage();

    HttpResponse<String> answer =
        browser.postForm(
            "/login.xhtml", WebClient.signInFields("signIn", page.token(), page.nonce(), ADMIN));

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(WebClient.header(answer, "Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/app/home.xhtml"));
    assertThat(browser.isSignedIn()).isTrue();
  }

  @Test
  void aForgedSignInWithoutTheTokenSignsNoOneIn() {
    WebClient victim = new WebClient();

    HttpResponse<String> answer =
        victim.postForm(
            "/login.xhtml", WebClient.signInFields("signIn", null, WebClient.someNonce(), ADMIN));

    assertRefused(answer);
    assertThat(victim.isSignedIn()).isFalse();
  }

  @Test
  void aForgedSignInWithAWrongTokenSignsNoOneIn() {
    WebClient victim = new WebClient();

    HttpResponse<String> answer =
        victim.postForm(
            "/login.xhtml",
            WebClient.signInFields(
                "signIn", "forged-token-forged-token-forged-tok", WebClient.someNonce(), ADMIN));

    assertRefused(answer);
    assertThat(victim.isSignedIn()).isFalse();
  }

  @Test
  void aTokenTheAttackerWasShownDoesNotWorkFromAnotherBrowser() {
    SignInPage attackers = new WebClient().openSignInPage();
    WebClient victim = new WebClient();

    HttpResponse<String> answer =
        victim.postForm(
            "/login.xhtml",
            WebClient.signInFields("signIn", attackers.token(), attackers.nonce(), ADMIN));

    assertRefused(answer);
    assertThat(victim.isSignedIn()).isFalse();
  }

  @Test
  void theSecondFactorStepWantsTheTokenToo() {
    TestUser user = TestUsers.create("forgery-code");
    Api api = user.api();
    String secret = api.post("/api/v1/me/totp/enrolment", "{}").json().get("secret").asText();
    // The code of the previous period, so that the current one is still unused for the sign-in.
    api.post(
        "/api/v1/me/totp/confirm",
        "{\"code\":\"" + Totp.code(secret, Instant.now().minusSeconds(30)) + "\"}");
    WebClient browser = new WebClient();
    HttpResponse<String> codeStep = browser.signIn(user.username(), user.password());
    SignInPage page = WebClient.signInPageIn(codeStep);
    assertThat(codeStep.body()).contains("loginForm:code");

    Map<String, String> code = Map.of("code", Totp.now(secret));
    assertRefused(
        browser.postForm(
            "/login.xhtml", WebClient.signInFields("verifyCode", null, page.nonce(), code)));
    assertThat(browser.isSignedIn()).isFalse();

    HttpResponse<String> answer =
        browser.postForm(
            "/login.xhtml", WebClient.signInFields("verifyCode", page.token(), page.nonce(), code));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    assertThat(browser.isSignedIn()).isTrue();
  }

  @Test
  void theNewPasswordStepWantsTheTokenToo() {
    TestUser user = TestUsers.create("forgery-password");
    String given = "a password the admin typed";
    Api.Reply reset =
        Api.admin()
            .post(
                "/api/v1/admin/users/" + user.id() + "/reset-password",
                "{\"password\": \"" + given + "\"}");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    WebClient browser = new WebClient();
    HttpResponse<String> newPasswordStep = browser.signIn(user.username(), given);
    SignInPage page = WebClient.signInPageIn(newPasswordStep);
    assertThat(newPasswordStep.body()).contains("loginForm:newPassword");

    String chosen = "the forger chose this passphrase";
    Map<String, String> passwords = Map.of("newPassword", chosen, "repeatPassword", chosen);
    assertRefused(
        browser.postForm(
            "/login.xhtml",
            WebClient.signInFields("choosePassword", null, page.nonce(), passwords)));

    assertThat(browser.isSignedIn()).isFalse();
    assertThat(
            Api.anonymous()
                .post(
                    "/api/v1/auth/token",
                    "{\"username\": \"" + user.username() + "\", \"password\": \"" + chosen + "\"}")
                .status())
        .as("the forged new password was not taken")
        .isEqualTo(401);
  }

  /** The sign-in page again, saying the form must be filled in again; no redirect into the app. */
  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("This sign-in form had expired or did not come from");
  }
}
