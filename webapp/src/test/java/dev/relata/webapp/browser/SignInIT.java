package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.identity.IdentityService;
import dev.relata.webapp.it.RelataServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

class SignInIT extends BrowserTest {
  @Test
  void aSignedOutVisitorIsSentToTheSignInPage() {
    browser.open("/app/records/list.xhtml?entity=customer");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
    browser.waitFor(By.id("loginForm:username"));
  }

  @Test
  void signingInReplacesTheSessionIdAndTheCookieIsHttpOnlyAndSameSite() {
    browser.open("/login.xhtml");
    Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(before).as("the sign-in page starts a session").isNotNull();

    browser.signInAsAdmin();

    Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(after.getValue()).isNotEqualTo(before.getValue());
    assertThat(after.isHttpOnly()).isTrue();
    assertThat(after.getSameSite()).isEqualTo("Lax");
    assertThat(after.isSecure()).as("the test server speaks plain HTTP").isFalse();
  }

  @Test
  void aSignInFormLeftOpenPastTheEndOfItsSessionAsksForTheDetailsAgain() {
    browser.open("/login.xhtml");
    browser.type(By.id("loginForm:username"), "admin");
    browser.type(By.id("loginForm:password"), RelataServer.ADMIN_PASSWORD);
    browser.driver().manage().deleteAllCookies();

    browser.click(By.id("loginForm:signIn"));
    browser.waitForPage();

    assertThat(browser.text(By.id("loginForm:loginMessages")))
        .isEqualTo(
            "This sign-in form had expired or did not come from this site. Enter your details"
                + " again.");
    assertThat(browser.all(By.id("topbar:signOut"))).isEmpty();
    browser.type(By.id("loginForm:password"), RelataServer.ADMIN_PASSWORD);
    browser.click(By.id("loginForm:signIn"));
    browser.waitFor(By.id("topbar:signOut"));
  }

  @Test
  void aWrongPasswordShowsTheGenericErrorAndAnUnknownUserTheSameOne() {
    browser.signIn("admin", "not the password");
    String wrongPassword = browser.text(By.id("loginForm:loginMessages"));
    browser.signIn("nobody-like-this", "not the password");
    String unknownUser = browser.text(By.id("loginForm:loginMessages"));

    assertThat(wrongPassword).isEqualTo(IdentityService.INVALID_CREDENTIALS.english());
    assertThat(unknownUser).isEqualTo(wrongPassword);
    assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void anAdministratorSignsInSeesEveryEntityAndTheObjectManagerThenSignsOut() {
    browser.signInAsAdmin();
    browser.screenshot("home");

    assertThat(browser.driver().getCurrentUrl()).contains("/app/home.xhtml");
    assertThat(browser.text(By.id("nav")))
        .contains(
            "Customers",
            "Contacts",
            "Opportunities",
            "Contracts",
            "Service requests",
            "Object manager");

    browser.click(By.id("topbar:signOut"));
    browser.waitFor(By.id("loginForm:username"));
    browser.open("/app/home.xhtml");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
  }
}
