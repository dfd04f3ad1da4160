package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.testing.Totp;
import dev.relata.webapp.it.Api;
import dev.relata.webapp.it.TestUsers;
import dev.relata.webapp.it.TestUsers.TestUser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "My account" and the sign-in steps it leads to, each test on a user of its own. Needs {@code POST
 * /api/v1/admin/users} to make those users.
 */
class AccountPageIT extends BrowserTest {
  private void signIn(TestUser user) {
    browser.signIn(user.username(), user.password());
    browser.waitFor(By.id("topbar:signOut"));
  }

  @Test
  void aUserSetsUpTwoFactorFromTheQrPageAndThenSignsInWithACode() {
    TestUser user = TestUsers.create("browser-totp");
    signIn(user);
    browser.click(By.id("topbar:account"));
    browser.click(By.id("totpForm:startEnrolment"));
    String secret = browser.text(By.id("totpSecret"));
    assertThat(browser.waitFor(By.id("totpForm:qrCode")).getAttribute("src"))
        .startsWith("data:image/png;base64,");

    browser.type(By.id("totpForm:code"), Totp.code(secret, Instant.now().minusSeconds(30)));
    browser.click(By.id("totpForm:confirmEnrolment"));
    assertThat(browser.all(By.cssSelector("#recoveryCodes li"))).hasSize(10);
    browser.screenshot("account-totp");
    browser.click(By.id("topbar:signOut"));

    browser.signIn(user.username(), user.password());
    browser.type(By.id("loginForm:code"), Totp.now(secret));
    browser.click(By.id("loginForm:verifyCode"));
    browser.waitForPage();

    browser.waitFor(By.id("topbar:signOut"));
    assertThat(browser.driver().getCurrentUrl()).contains("/app/home.xhtml");
  }

  @Test
  void aWrongCodeKeepsTheUserAtTheCodeStep() {
    TestUser user = TestUsers.create("browser-code");
    Api api = user.api();
    String secret = api.post("/api/v1/me/totp/enrolment", "{}").json().get("secret").asText();
    api.post("/api/v1/me/totp/confirm", "{\"code\":\"" + Totp.now(secret) + "\"}");

    browser.signIn(user.username(), user.password());
    browser.type(By.id("loginForm:code"), "000000");
    browser.click(By.id("loginForm:verifyCode"));
    browser.waitForPage();

    assertThat(browser.text(By.id("loginForm:loginMessages"))).contains("wrong");
    assertThat(browser.all(By.id("topbar:signOut"))).isEmpty();
  }

  @Test
  void aUserChangesTheirPasswordAndStaysSignedIn() {
    TestUser user = TestUsers.create("browser-password");
    signIn(user);
    browser.open("/app/me/account.xhtml");

    browser.type(By.id("passwordForm:currentPassword"), user.password());
    browser.type(By.id("passwordForm:newPassword"), "another fine passphrase");
    browser.type(By.id("passwordForm:repeatPassword"), "another fine passphrase");
    browser.click(By.id("passwordForm:changePassword"));

    assertThat(browser.text(By.id("messages"))).contains("Your password was changed.");
    browser.open("/app/me/account.xhtml");
    assertThat(browser.driver().getCurrentUrl()).contains("/app/me/account.xhtml");
    assertThat(Api.signIn(user.username(), "another fine passphrase").get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void aPersonalTokenIsShownOnceAndCanBeRevoked() {
    TestUser user = TestUsers.create("browser-token");
    signIn(user);
    browser.open("/app/me/account.xhtml");

    browser.type(By.id("tokensForm:tokenName"), "nightly export");
    browser.click(By.id("tokensForm:createToken"));
    String token = browser.text(By.id("createdToken"));
    assertThat(Api.anonymous().withToken(token).get("/api/v1/me").status()).isEqualTo(200);

    browser.click(By.id("tokensForm:tokenList:0:revoke"));

    assertThat(Api.anonymous().withToken(token).get("/api/v1/me").status()).isEqualTo(401);
    assertThat(browser.text(By.id("tokensForm:tokenList"))).doesNotContain("nightly export");
  }

  @Test
  void aLockedUsersWebSessionEndsAtOnce() {
    TestUser user = TestUsers.create("browser-lock");
    signIn(user);
    for (int i = 0; i < 5; i++) {
      Api.anonymous()
          .post(
              "/api/v1/auth/token",
              "{\"username\":\"" + user.username() + "\",\"password\":\"a wrong guess here\"}");
    }

    browser.open("/app/home.xhtml");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void aRoleThatRequiresTwoFactorSendsItsHoldersThroughSetUpAtSignIn() {
    String role = TestData.uniqueName("vault");
    Api.Reply created =
        Api.admin()
            .post(
                "/api/v1/admin/roles",
                "{\"name\": \""
                    + role
                    + "\", \"labels\": {\"en\": \"Vault keeper\", \"zh-CN\": \"保管员\"},"
                    + " \"requiresTotp\": true}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    TestUser user = TestUsers.create("browser-enrol", role);

    browser.signIn(user.username(), user.password());
    String secret = browser.waitFor(By.id("totpSecret")).getText();
    assertThat(browser.all(By.id("topbar:signOut"))).isEmpty();
    browser.type(By.id("loginForm:enrolCode"), Totp.now(secret));
    browser.click(By.id("loginForm:confirmEnrolment"));
    browser.waitFor(By.cssSelector("#recoveryCodes li"));
    assertThat(browser.all(By.cssSelector("#recoveryCodes li"))).hasSize(10);
    browser.click(By.id("loginForm:continue"));

    browser.waitFor(By.id("topbar:signOut"));
    assertThat(
            Api.anonymous()
                .post(
                    "/api/v1/auth/token",
                    "{\"username\": \""
                        + user.username()
                        + "\", \"password\": \""
                        + user.password()
                        + "\"}")
                .status())
        .as("the API now asks for the second factor")
        .isEqualTo(401);
  }
}
