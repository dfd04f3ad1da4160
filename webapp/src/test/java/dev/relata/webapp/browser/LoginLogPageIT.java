package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LoginLogPageIT extends BrowserTest {
  @Test
  void aFailedSignInAppearsInTheLoginLogAndTheUsernameFilterFindsIt() {
    String username = TestData.uniqueName("intruder");
    browser.signIn(username, "a guessed password");

    browser.signInAsAdmin();
    browser.click(By.id("loginLog"));
    browser.waitFor(By.id("loginsForm:events"));
    browser.type(By.id("loginsForm:username"), username.toUpperCase());
    browser.click(By.id("loginsForm:apply"));
    browser.waitForText(By.id("loginsForm:events"), username);
    browser.screenshot("login-log");

    String table = browser.text(By.id("loginsForm:events"));
    assertThat(table).contains(username, "Unknown user", "Web");
    assertThat(browser.all(By.cssSelector("[id='loginsForm:events_data'] > tr"))).hasSize(1);
  }

  @Test
  void theOutcomeFilterNarrowsTheLogAndClearingShowsEverything() {
    String username = TestData.uniqueName("typo");
    browser.signIn(username, "wrong");
    browser.signInAsAdmin();
    browser.open("/app/admin/logins.xhtml");

    browser.type(By.id("loginsForm:username"), username);
    browser.choose("loginsForm:outcome", "Signed in");
    browser.click(By.id("loginsForm:apply"));
    browser.waitForText(By.id("loginsForm:events"), "No sign-in attempt matches the filter.");

    browser.click(By.id("loginsForm:clear"));
    browser.waitForText(By.id("loginsForm:events"), "Signed in");
    assertThat(browser.text(By.id("loginsForm:events"))).contains(username);
  }
}
