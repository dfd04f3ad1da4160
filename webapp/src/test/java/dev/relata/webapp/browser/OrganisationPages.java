package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.webapp.it.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Steps the users, departments and roles page tests share. */
final class OrganisationPages {
  private OrganisationPages() {}

  /**
   * Picks an option of a select menu whose labels are indented by depth (non-breaking spaces), by
   * its label without the indentation.
   */
  static void chooseIndented(Browser browser, String menuId, String label) {
    browser.waitFor(By.id(menuId));
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var id = arguments[0], label = arguments[1];"
                + "var option = jQuery(PrimeFaces.escapeClientId(id + '_input')).find('option')"
                + ".filter(function() { return jQuery(this).text().replace(/\\u00a0/g, '').trim()"
                + " === label; });"
                + "var menu = PrimeFaces.getWidgetById(id);"
                + "menu.selectValue(option.val()); menu.triggerChange();",
            menuId,
            label);
    browser.waitForAjax();
  }

  /** Types into an autocomplete and picks the suggestion that contains {@code choice}. */
  static void lookUp(Browser browser, String autoCompleteId, String typed, String choice) {
    browser.type(By.id(autoCompleteId + "_input"), typed);
    browser.click(
        By.xpath(
            "//*[@id='"
                + autoCompleteId
                + "_panel']//li[contains(normalize-space(),"
                + " '"
                + choice
                + "')]"));
  }

  /** A row action button of the table row that shows {@code marker} (a data attribute). */
  static By rowButton(String attribute, String value, String button) {
    return By.xpath(
        "//tr[.//*[@"
            + attribute
            + "='"
            + value
            + "']]//*[contains(@id, ':"
            + button
            + "') and (self::button or self::a)]");
  }

  /** A user made through the API, for a page test to act on. */
  static JsonNode user(String prefix, String... roles) {
    JsonNode user = Accounts.user(prefix, roles);
    assertThat(user.get("id").asLong()).isPositive();
    return user;
  }
}
