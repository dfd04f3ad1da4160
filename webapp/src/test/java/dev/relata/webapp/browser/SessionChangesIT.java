package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.webapp.it.Accounts;
import dev.relata.webapp.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What an administrator changes about a user reaches that user's open browser session on its next
 * request, without signing out and in again.
 */
class SessionChangesIT extends BrowserTest {
  private final Api admin = Api.admin();

  @Test
  void aRoleTakenAwayClosesTheAdminPagesOnTheNextRequest() {
    JsonNode deputy = Accounts.user("deputy", "admin");
    browser.signIn(deputy.get("username").asText(), Accounts.PASSWORD);
    browser.open("/app/admin/users.xhtml");
    browser.waitFor(By.id("usersForm"));

    Api.Reply demoted =
        admin.patch(
            "/api/v1/admin/users/" + deputy.get("id").asText(),
            "{\"roles\": [\"sales_rep\"], \"version\": " + deputy.get("version").asText() + "}");
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

    browser.open("/app/admin/users.xhtml");
    assertThat(browser.all(By.id("usersForm"))).isEmpty();
    browser.open("/app/home.xhtml");
    browser.waitFor(By.id("topbar:signOut"));
    assertThat(browser.all(By.id("adminUsers"))).isEmpty();
  }

  @Test
  void deactivationEndsTheBrowserSessionAtOnce() {
    JsonNode leaver = Accounts.user("leaver", "sales_rep");
    browser.signIn(leaver.get("username").asText(), Accounts.PASSWORD);
    browser.open("/app/home.xhtml");
    browser.waitFor(By.id("topbar:signOut"));

    Api.Reply deactivated =
        admin.post("/api/v1/admin/users/" + leaver.get("id").asText() + "/deactivate", "{}");
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);

    browser.open("/app/home.xhtml");
    browser.waitFor(By.id("loginForm"));
    assertThat(browser.all(By.id("topbar:signOut"))).isEmpty();
  }
}
