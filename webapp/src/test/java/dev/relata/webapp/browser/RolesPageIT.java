package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.webapp.it.Accounts;
import dev.relata.webapp.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RolesPageIT extends BrowserTest {

  @Test
  void anAdminCreatesARoleThatRequiresTwoFactorRelabelsItAndDeletesIt() {
    browser.signInAsAdmin();
    String name = TestData.uniqueName("auditor");
    browser.open("/app/admin/roles.xhtml");
    assertThat(browser.text(By.id("rolesForm:roles"))).contains("sales_director", "Sales director");

    browser.click(By.id("rolesForm:newRole"));
    browser.type(By.id("roleForm:roleName"), name);
    browser.type(By.id("roleForm:labelEn"), "Auditor");
    browser.type(By.id("roleForm:labelZh"), "审计");
    browser.click(By.cssSelector("[id='roleForm:requiresTotp'] .ui-chkbox-box"));
    browser.click(By.id("roleForm:saveRole"));
    browser.waitFor(By.cssSelector("[data-role='" + name + "']"));
    browser.screenshot("roles");
    assertThat(
            Api.admin().get("/api/v1/admin/roles/" + name).json().get("requiresTotp").asBoolean())
        .isTrue();

    browser.click(OrganisationPages.rowButton("data-role", name, "editRole"));
    browser.type(By.id("roleForm:labelEn"), "Internal auditor");
    browser.click(By.id("roleForm:saveRole"));
    browser.waitForText(By.id("rolesForm:roles"), "Internal auditor");

    browser.click(OrganisationPages.rowButton("data-role", name, "deleteRole"));
    browser.click(By.id("rolesForm:confirmYes"));
    browser.waitForText(By.id("messages"), "was deleted");
    assertThat(browser.all(By.cssSelector("[data-role='" + name + "']"))).isEmpty();
  }

  @Test
  void aNonAdminCannotOpenTheAdminPagesNorSeeTheirLinks() {
    JsonNode rep = Accounts.user("rep", "sales_rep");
    browser.signIn(rep.get("username").asText(), Accounts.PASSWORD);
    browser.waitFor(By.id("topbar:signOut"));
    assertThat(browser.all(By.id("adminRoles"))).isEmpty();

    for (String page : new String[] {"roles", "users", "departments"}) {
      browser.open("/app/admin/" + page + ".xhtml");
      assertThat(browser.all(By.id("rolesForm"))).isEmpty();
      assertThat(browser.all(By.id("usersForm"))).isEmpty();
      assertThat(browser.all(By.id("departmentsForm"))).isEmpty();
    }
  }
}
