package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator's security policy page; it only ever saves back the values it shows. */
class SecurityPolicyPageIT extends BrowserTest {
  private static final String MAX = "policyForm:maxPasswordLength_input";

  @Test
  void anAdministratorSeesThePolicyAndAMaximumBelow64IsRefusedOnItsField() {
    browser.signInAsAdmin();
    browser.click(By.id("securityPolicy"));
    browser.waitFor(By.id(MAX));
    String shown = browser.waitFor(By.id(MAX)).getAttribute("value");

    browser.type(By.id(MAX), "63");
    browser.click(By.id("policyForm:save"));

    assertThat(browser.text(By.id("policyForm:policyMessages"))).contains("maxPasswordLength");
    browser.open("/app/admin/security.xhtml");
    assertThat(browser.waitFor(By.id(MAX)).getAttribute("value")).isEqualTo(shown);
    browser.screenshot("security-policy");
  }

  @Test
  void savingTheShownPolicyConfirmsIt() {
    browser.signInAsAdmin();
    browser.open("/app/admin/security.xhtml");

    browser.click(By.id("policyForm:save"));

    assertThat(browser.text(By.id("policyForm:policyMessages")))
        .contains("The security policy was saved.");
  }
}
