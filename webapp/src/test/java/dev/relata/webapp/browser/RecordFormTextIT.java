package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The generated form applies the platform's text rules and says so on the field, in the user's
 * language, at desktop and at phone size: a required text of spaces is missing, and a control
 * character (pasted from elsewhere: a form cannot be typed into with one) cannot be saved.
 */
class RecordFormTextIT extends BrowserTest {

  @AfterEach
  void desktopAgain() {
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({
    "1400, 1000, en, Name is required., Name contains a character that cannot be saved",
    "390, 844, en, Name is required., Name contains a character that cannot be saved",
    "1400, 1000, zh, 名称为必填项。, 名称包含无法保存的字符",
    "390, 844, zh, 名称为必填项。, 名称包含无法保存的字符"
  })
  void spacesOnlyAndControlCharactersAreShownOnTheField(
      int width, int height, String language, String required, String invalid) {
    String entity = TestData.projectEntity();
    browser.signInAsAdmin();
    if (language.equals("zh")) {
      browser.open("/app/home.xhtml");
      browser.click(By.id("topbar:localeZh"));
    }
    browser.driver().manage().window().setSize(new Dimension(width, height));
    browser.open("/app/records/edit.xhtml?entity=" + entity);

    browser.type(By.id("recordForm:in_name"), "    ");
    browser.type(By.id("recordForm:in_seats_input"), "12");
    browser.click(By.id("recordForm:save"));

    browser.waitForText(By.id("recordForm:msg_name"), required);
    scrollTo("recordForm:msg_name");
    browser.screenshot("record-form-spaces-" + width + "-" + language);

    paste("recordForm:in_name", "Roll\u0007out");
    browser.click(By.id("recordForm:save"));

    browser.waitForText(By.id("recordForm:msg_name"), invalid);
    scrollTo("recordForm:msg_name");
    browser.screenshot("record-form-control-character-" + width + "-" + language);
    assertThat(browser.driver().getCurrentUrl()).contains("/app/records/edit.xhtml");
    assertThat(
            browser.driver().findElement(By.id("recordForm:in_seats_input")).getAttribute("value"))
        .isEqualTo("12");
  }

  private static void scrollTo(String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
  }

  /** What pasting text with an invisible character does: the value holds it as it is. */
  private static void paste(String id, String text) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
  }
}
