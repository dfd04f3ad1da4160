package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.identity.IdentityService;
import dev.relata.webapp.it.RelataServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

class SignInIT extends BrowserTest {
  private static final String FORM_EXPIRED_EN =
      "This sign-in form had expired or did not come from this site. Enter your details again.";
  private static final String FORM_EXPIRED_ZH = "此登录表单已过期，或并非来自本站。请重新输入。";

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

    assertThat(browser.text(By.id("loginForm:loginMessages"))).isEqualTo(FORM_EXPIRED_EN);
    assertThat(browser.all(By.id("topbar:signOut"))).isEmpty();
    browser.type(By.id("loginForm:password"), RelataServer.ADMIN_PASSWORD);
    browser.click(By.id("loginForm:signIn"));
    browser.waitFor(By.id("topbar:signOut"));
  }

  static Stream<Arguments> sizesAndLanguages() {
    return Stream.of(
        Arguments.of("desktop", Browser.DESKTOP, "en", FORM_EXPIRED_EN),
        Arguments.of("desktop", Browser.DESKTOP, "zh-CN", FORM_EXPIRED_ZH),
        Arguments.of("phone", Browser.PHONE, "en", FORM_EXPIRED_EN),
        Arguments.of("phone", Browser.PHONE, "zh-CN", FORM_EXPIRED_ZH));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("sizesAndLanguages")
  void aSignInFormWithoutThisSessionsTokenSignsNobodyInAndSaysSoInTheChosenLanguage(
      String size, Dimension window, String language, String expected) {
    browser.resize(window);
    browser.open("/login.xhtml");
    if (language.equals("zh-CN")) {
      browser.click(By.id("loginLocale:localeZh"));
      browser.waitForPage();
    }
    browser.type(By.id("loginForm:username"), "admin");
    browser.type(By.id("loginForm:password"), RelataServer.ADMIN_PASSWORD);
    // What a page on another site would post: the right details, but not this session's token.
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.querySelector('input[name=signInToken]').value = 'forged';");

    browser.click(By.id("loginForm:signIn"));
    browser.waitForPage();

    assertThat(browser.text(By.id("loginForm:loginMessages"))).isEqualTo(expected);
    assertThat(browser.all(By.id("topbar:signOut"))).isEmpty();
    assertThat(browser.horizontalOverflow()).as("the form fits the window").isZero();
    browser.screenshot("sign-in-forged-" + size + "-" + language);
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
