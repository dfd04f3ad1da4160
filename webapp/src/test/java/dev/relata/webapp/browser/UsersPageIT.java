package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.webapp.it.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class UsersPageIT extends BrowserTest {
  @BeforeEach
  void signedInAsAdmin() {
    browser.signInAsAdmin();
  }

  private void find(String username) {
    browser.type(By.id("usersForm:search"), username);
    browser.click(By.id("usersForm:applySearch"));
    browser.waitFor(By.cssSelector("[data-user='" + username + "']"));
  }

  @Test
  void anAdminCreatesAUserWithDepartmentManagerAndRoleAndSeesTheGeneratedPasswordOnce() {
    JsonNode boss = OrganisationPages.user("boss");
    String username = TestData.uniqueName("ui.user");
    browser.open("/app/admin/users.xhtml");

    browser.click(By.id("usersForm:newUser"));
    browser.type(By.id("userForm:username"), username);
    browser.type(By.id("userForm:displayName"), "界面用户");
    browser.type(By.id("userForm:email"), username + "@example.com");
    OrganisationPages.chooseIndented(browser, "userForm:department", "Sales East");
    OrganisationPages.lookUp(
        browser, "userForm:manager", boss.get("username").asText(), boss.get("username").asText());
    browser.click(By.xpath("//label[normalize-space()='Sales representative']"));
    browser.screenshot("user-dialog");
    browser.click(By.id("userForm:saveUser"));

    String password = browser.text(By.id("shownForm:shownPassword"));
    assertThat(password).hasSize(20);
    browser.screenshot("user-password-shown");
    browser.click(By.id("shownForm:closeShown"));
    browser.waitUntilGone(By.id("shownDialog"));
    find(username);
    assertThat(browser.text(By.id("usersForm:users")))
        .contains("界面用户", "Sales East", boss.get("username").asText(), "sales_rep", "Active");
    signInAndChooseANewPassword(username, password, "the user's own new passphrase");
  }

  @Test
  void aDuplicateUsernameInAnotherCaseIsShownOnTheInputAndTheDialogStaysOpen() {
    JsonNode existing = OrganisationPages.user("Taken");
    browser.open("/app/admin/users.xhtml");

    browser.click(By.id("usersForm:newUser"));
    browser.type(By.id("userForm:username"), existing.get("username").asText().toUpperCase());
    browser.click(By.id("userForm:saveUser"));

    browser.waitFor(By.cssSelector("[id='userForm:username'] ~ .ui-message-error"));
    assertThat(browser.text(By.cssSelector("[id='userForm:username'] ~ .ui-message-error")))
        .contains("taken");
    assertThat(browser.driver().findElement(By.id("userDialog")).isDisplayed()).isTrue();
  }

  @Test
  void deactivatingWithAnHeirMovesTheRecordsAndTheUserCanBeActivatedAgain() {
    JsonNode leaver = OrganisationPages.user("leaver", "sales_rep");
    JsonNode heir = OrganisationPages.user("heir", "sales_rep");
    Api admin = Api.admin();
    Api.Reply owned =
        admin.post(
            "/api/v1/records/customer",
            "{\"name\": \""
                + TestData.uniqueName("owned")
                + "\", \"owner\": "
                + leaver.get("id").asText()
                + "}");
    assertThat(owned.status()).as(owned.toString()).isEqualTo(201);
    browser.open("/app/admin/users.xhtml");
    find(leaver.get("username").asText());

    browser.click(By.id("usersForm:users:0:deactivate"));
    OrganisationPages.lookUp(
        browser,
        "deactivateForm:reassignTo",
        heir.get("username").asText(),
        heir.get("username").asText());
    browser.click(By.id("deactivateForm:confirmDeactivate"));
    browser.waitForText(By.id("messages"), "was deactivated");

    assertThat(browser.text(By.id("usersForm:users"))).contains("Deactivated");
    assertThat(
            admin
                .get("/api/v1/records/customer/" + owned.json().get("id").asText())
                .json()
                .get("owner")
                .asLong())
        .isEqualTo(heir.get("id").asLong());
    browser.click(By.id("usersForm:users:0:activate"));
    browser.waitForText(By.id("messages"), "can sign in again");
    assertThat(browser.text(By.id("usersForm:users"))).contains("Active");
  }

  @Test
  void aPasswordTypedByTheAdminReplacesTheOldOne() {
    JsonNode user = OrganisationPages.user("forgetful");
    browser.open("/app/admin/users.xhtml");
    find(user.get("username").asText());

    browser.click(By.id("usersForm:users:0:resetPassword"));
    browser.type(By.id("passwordForm:newPassword"), "a password the admin typed");
    browser.click(By.id("passwordForm:confirmReset"));
    browser.waitForText(By.id("messages"), "was reset");

    Api.Reply apiSignIn =
        Api.anonymous()
            .post(
                "/api/v1/auth/token",
                "{\"username\": \""
                    + user.get("username").asText()
                    + "\", \"password\": \"a password the admin typed\"}");
    assertThat(apiSignIn.status()).isEqualTo(401);
    assertThat(apiSignIn.json().get("message").asText()).contains("choose a new one");
    signInAndChooseANewPassword(
        user.get("username").asText(),
        "a password the admin typed",
        "a passphrase of my own choosing");
  }

  /**
   * A password an administrator set or generated opens the new-password step, not the product; the
   * chosen one then works everywhere.
   */
  private void signInAndChooseANewPassword(String username, String given, String chosen) {
    browser.reset();
    browser.signIn(username, given);
    browser.waitFor(By.id("loginForm:newPassword"));
    browser.type(By.id("loginForm:newPassword"), chosen);
    browser.type(By.id("loginForm:repeatPassword"), chosen);
    browser.click(By.id("loginForm:choosePassword"));
    browser.waitFor(By.id("topbar:signOut"));
    assertThat(
            Api.anonymous()
                .post(
                    "/api/v1/auth/token",
                    "{\"username\": \"" + username + "\", \"password\": \"" + chosen + "\"}")
                .status())
        .isEqualTo(200);
  }
}
