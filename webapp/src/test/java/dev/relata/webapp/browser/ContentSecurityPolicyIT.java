package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.testing.Totp;
import dev.relata.webapp.it.Api;
import dev.relata.webapp.it.TestUsers;
import dev.relata.webapp.it.TestUsers.TestUser;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every page of the product, opened and used under its Content-Security-Policy on a phone and on
 * the desktop, in Chinese and in English: every step of the sign-in, the record pages, the object
 * manager, the administration pages, the account page and an error page. {@link BrowserTest} fails
 * the test on any violation Chromium reports; on each page a script without the page's nonce is
 * shown not to run, so the policy is in force there. The other browser tests, which go through the
 * same pages on the desktop in English, get the same violation check.
 */
class ContentSecurityPolicyIT extends BrowserTest {
  private static final String GIVEN = "a password the admin typed";
  private static final String CHOSEN = "a passphrase of my own choosing";

  static Stream<Arguments> screensAndLanguages() {
    return Stream.of(
        Arguments.of("phone", Browser.PHONE, "zh-CN"),
        Arguments.of("phone", Browser.PHONE, "en"),
        Arguments.of("desktop", Browser.DESKTOP, "zh-CN"));
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("screensAndLanguages")
  void everyPageWorksUnderItsPolicy(String screen, Dimension size, String language) {
    browser.resize(size);
    TestUser user = administratorWhoMustChangePasswordAndSetUpTwoFactor();
    String secret = signInThroughEveryFirstTimeStep(user, language);
    useTheRecordPages();
    useTheAdministrationPages();
    useTheAccountAndAnErrorPage();
    signInWithTheSecondFactor(user, secret, language);
  }

  /** A new administrator whose role requires two-factor and whose password another one set. */
  private static TestUser administratorWhoMustChangePasswordAndSetUpTwoFactor() {
    String role = TestData.uniqueName("csp");
    Api admin = Api.admin();
    Api.Reply created =
        admin.post(
            "/api/v1/admin/roles",
            "{\"name\": \""
                + role
                + "\", \"labels\": {\"en\": \"Guarded\", \"zh-CN\": \"受保护\"},"
                + " \"requiresTotp\": true}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    TestUser user = TestUsers.create("csp", "admin", role);
    Api.Reply reset =
        admin.post(
            "/api/v1/admin/users/" + user.id() + "/reset-password",
            "{\"password\": \"" + GIVEN + "\"}");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    return user;
  }

  /** Password, new password, two-factor set-up and recovery codes; returns the TOTP secret. */
  private static String signInThroughEveryFirstTimeStep(TestUser user, String language) {
    chooseLanguageOnTheSignInPage(language);
    browser.type(By.id("loginForm:username"), user.username());
    browser.type(By.id("loginForm:password"), GIVEN);
    browser.click(By.id("loginForm:signIn"));

    browser.waitFor(By.id("loginForm:newPassword"));
    browser.assertInlineScriptsBlocked();
    browser.type(By.id("loginForm:newPassword"), CHOSEN);
    browser.type(By.id("loginForm:repeatPassword"), CHOSEN);
    browser.click(By.id("loginForm:choosePassword"));

    String secret = browser.text(By.id("totpSecret"));
    browser.waitFor(By.id("loginForm:qrCode"));
    browser.assertInlineScriptsBlocked();
    browser.type(By.id("loginForm:enrolCode"), Totp.now(secret));
    browser.click(By.id("loginForm:confirmEnrolment"));

    browser.waitFor(By.id("recoveryCodes"));
    browser.assertInlineScriptsBlocked();
    browser.click(By.id("loginForm:continue"));
    browser.waitFor(By.id("topbar:signOut"));
    browser.assertInlineScriptsBlocked();
    return secret;
  }

  private static void chooseLanguageOnTheSignInPage(String language) {
    browser.waitFor(By.id("loginForm:username"));
    if (language.equals("zh-CN")) {
      browser.click(By.id("loginLocale:localeZh"));
      browser.waitForText(By.cssSelector("h1"), "登录");
    }
    browser.assertInlineScriptsBlocked();
  }

  /** List, new record, its page, delete with confirmation, recycle bin. */
  private static void useTheRecordPages() {
    String entity = TestData.projectEntity();
    browser.open("/app/records/list.xhtml?entity=" + entity);
    browser.assertInlineScriptsBlocked();
    browser.click(By.id("listForm:newRecord"));

    browser.waitFor(By.id("recordForm:save"));
    browser.assertInlineScriptsBlocked();
    browser.type(By.id("recordForm:in_name"), "Policy check");
    browser.type(By.id("recordForm:in_seats_input"), "7");
    browser.click(By.id("recordForm:save"));

    browser.waitFor(By.id("viewForm:title"));
    browser.assertInlineScriptsBlocked();
    browser.click(By.id("viewForm:delete"));
    browser.click(By.id("viewForm:confirmYes"));
    browser.waitFor(By.id("listForm:records"));
    browser.click(By.id("listForm:recycleBin"));
    browser.waitFor(By.id("listForm:records:0:restore"));
    browser.assertInlineScriptsBlocked();
  }

  /** Each administration page, and the dialog each opens over Ajax. */
  private static void useTheAdministrationPages() {
    openAndShowDialog("/app/admin/entities.xhtml", "entitiesForm:newEntity", "createDialog");
    openAndShowDialog(
        "/app/admin/entity.xhtml?name=customer", "entityForm:addField", "fieldDialog");
    openAndShowDialog("/app/admin/users.xhtml", "usersForm:newUser", "userDialog");
    openAndShowDialog(
        "/app/admin/departments.xhtml", "departmentsForm:newDepartment", "departmentDialog");
    openAndShowDialog("/app/admin/roles.xhtml", "rolesForm:newRole", "roleDialog");
    for (String page : new String[] {"security", "logins", "audit"}) {
      browser.open("/app/admin/" + page + ".xhtml");
      browser.waitFor(By.cssSelector("h1"));
      browser.assertInlineScriptsBlocked();
    }
    // The permissions page runs a script file of its own, and its buttons send Ajax requests.
    browser.open("/app/admin/permissions.xhtml?role=marketing");
    browser.assertInlineScriptsBlocked();
    browser.click(By.id("matrixForm:discardMatrix"));
    browser.waitFor(By.cssSelector("select[data-entity='customer'][data-action='read']"));
  }

  private static void openAndShowDialog(String page, String button, String dialog) {
    browser.open(page);
    browser.assertInlineScriptsBlocked();
    browser.click(By.id(button));
    browser.waitFor(By.id(dialog));
  }

  private static void useTheAccountAndAnErrorPage() {
    browser.open("/app/me/account.xhtml");
    browser.waitFor(By.id("profileUsername"));
    browser.assertInlineScriptsBlocked();
    browser.open("/no-such-page.xhtml");
    browser.waitFor(By.id("errorTitle"));
    browser.assertInlineScriptsBlocked();
  }

  private static void signInWithTheSecondFactor(TestUser user, String secret, String language) {
    browser.open("/app/home.xhtml");
    browser.click(By.id("topbar:signOut"));
    chooseLanguageOnTheSignInPage(language);
    browser.type(By.id("loginForm:username"), user.username());
    browser.type(By.id("loginForm:password"), CHOSEN);
    browser.click(By.id("loginForm:signIn"));

    browser.waitFor(By.id("loginForm:code"));
    browser.assertInlineScriptsBlocked();
    // The next period's code: the current one may have gone to the set-up, and a code works once.
    browser.type(By.id("loginForm:code"), Totp.code(secret, Instant.now().plusSeconds(30)));
    browser.click(By.id("loginForm:verifyCode"));
    browser.waitFor(By.id("topbar:signOut"));
  }
}
