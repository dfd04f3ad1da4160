package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.webapp.it.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RecordPagesIT extends BrowserTest {
  @BeforeEach
  void signedInAsAdmin() {
    browser.signInAsAdmin();
  }

  @Test
  void aRecordFilledInTheGeneratedFormIsShownOnItsPageAndInTheList() {
    String entity = TestData.projectEntity();
    String customerName = TestData.uniqueName("Acme");
    TestData.customer(customerName);

    browser.open("/app/records/list.xhtml?entity=" + entity);
    browser.click(By.id("listForm:newRecord"));
    browser.waitFor(By.id("recordForm:save"));
    browser.type(By.id("recordForm:in_name"), "Rollout");
    browser.type(By.id("recordForm:in_seats_input"), "250");
    browser.choose("recordForm:in_phase", "Running");
    browser.type(By.id("recordForm:in_starts_input"), "2026-03-01");
    browser.click(By.id("recordForm:in_active"));
    lookUp("recordForm:in_customer", customerName.substring(5), customerName);
    browser.type(By.id("recordForm:in_share_input"), "12.5");
    lookUp("recordForm:in_manager", "admin", "Administrator");
    browser.type(By.id("recordForm:in_notes"), "First line");
    browser.screenshot("record-form");
    browser.click(By.id("recordForm:save"));

    browser.waitFor(By.id("viewForm:title"));
    browser.screenshot("record-view");
    assertThat(browser.text(By.id("viewForm:title"))).isEqualTo("Project: Rollout");
    assertThat(value("seats")).isEqualTo("250");
    assertThat(value("phase")).isEqualTo("Running");
    assertThat(value("starts")).isEqualTo("Mar 1, 2026");
    assertThat(value("active")).isEqualTo("Yes");
    assertThat(value("customer")).isEqualTo(customerName);
    assertThat(value("share")).isEqualTo("12.50 %");
    assertThat(value("manager")).isEqualTo("Administrator");
    assertThat(value("notes")).isEqualTo("First line");
    assertThat(value("code")).isEqualTo("P-001");
    assertThat(browser.text(By.id("viewForm:history"))).contains("Created");

    browser.click(By.id("viewForm:backToList"));
    String table = browser.text(By.id("listForm:records"));
    assertThat(table).contains("Rollout", "250", "Running", customerName);
  }

  @Test
  void aRequiredFieldLeftEmptyShowsItsErrorOnTheFieldAndKeepsTheInput() {
    String entity = TestData.projectEntity();

    browser.open("/app/records/edit.xhtml?entity=" + entity);
    browser.type(By.id("recordForm:in_seats_input"), "12");
    browser.click(By.id("recordForm:save"));

    browser.waitForText(By.id("recordForm:msg_name"), "Name is required.");
    browser.screenshot("record-form-required");
    assertThat(browser.all(By.cssSelector("[id='recordForm:msg_seats'].ui-message-error")))
        .isEmpty();
    assertThat(
            browser.driver().findElement(By.id("recordForm:in_seats_input")).getAttribute("value"))
        .isEqualTo("12");
    assertThat(browser.driver().getCurrentUrl()).contains("/app/records/edit.xhtml");
  }

  @Test
  void theFilterBoxTakesTheFilterLanguageAndExplainsAMistake() {
    String entity = TestData.projectEntity();
    TestData.project(entity, "Small", 5);
    TestData.project(entity, "Large", 500);
    browser.open("/app/records/list.xhtml?entity=" + entity);

    browser.type(By.id("listForm:filter"), "seats gt 100");
    browser.click(By.id("listForm:applyFilter"));
    browser.waitUntilGone(By.xpath("//tbody[@id='listForm:records_data']//a[text()='Small']"));
    assertThat(browser.text(By.id("listForm:records"))).contains("Large");

    browser.type(By.id("listForm:filter"), "seats gt");
    browser.click(By.id("listForm:applyFilter"));
    browser.waitForText(By.id("listForm:filterMessage"), "The filter cannot be used");
    assertThat(browser.text(By.id("listForm:records"))).contains("Large").doesNotContain("Small");
  }

  @Test
  void clickingAColumnHeaderSortsTheRecordsOnTheServer() {
    String entity = TestData.projectEntity();
    TestData.project(entity, "Middle", 50);
    TestData.project(entity, "Smallest", 5);
    TestData.project(entity, "Largest", 500);
    browser.open("/app/records/list.xhtml?entity=" + entity);
    By seatsHeader = By.xpath("//th[.//span[normalize-space()='Seats']]");
    By firstName = By.cssSelector("[id='listForm:records_data'] tr:first-child td:first-child");

    browser.click(seatsHeader);
    browser.waitForText(firstName, "Smallest");
    browser.click(seatsHeader);
    browser.waitForText(firstName, "Largest");
  }

  @Test
  void aRecordChangedBySomeoneElseSinceTheFormOpenedIsNotOverwritten() {
    String entity = TestData.projectEntity();
    long id = TestData.project(entity, "Shared", 10);
    browser.open("/app/records/edit.xhtml?entity=" + entity + "&id=" + id);
    browser.waitFor(By.id("recordForm:in_name"));

    Api.Reply other =
        Api.admin()
            .patch("/api/v1/records/" + entity + "/" + id, "{\"seats\": 11, \"version\": 1}");
    assertThat(other.status()).as(other.toString()).isEqualTo(200);
    browser.type(By.id("recordForm:in_name"), "Mine");
    browser.click(By.id("recordForm:save"));

    browser.waitFor(By.id("recordForm:conflict"));
    assertThat(browser.text(By.id("messages"))).contains("Someone else changed this record");
    assertThat(browser.driver().findElement(By.id("recordForm:in_name")).getAttribute("value"))
        .isEqualTo("Mine");
  }

  @Test
  void aDeletedRecordGoesToTheRecycleBinAndCanBeRestored() {
    String entity = TestData.projectEntity();
    long id = TestData.project(entity, "Temporary", 3);
    browser.open("/app/records/view.xhtml?entity=" + entity + "&id=" + id);

    browser.click(By.id("viewForm:delete"));
    browser.click(By.id("viewForm:confirmYes"));
    browser.waitFor(By.id("listForm:records"));
    assertThat(browser.text(By.id("listForm:records"))).doesNotContain("Temporary");

    browser.click(By.id("listForm:recycleBin"));
    browser.waitForText(By.id("listForm:records"), "Temporary");
    browser.click(By.id("listForm:records:0:restore"));
    browser.waitForText(By.id("messages"), "was restored");

    browser.open("/app/records/view.xhtml?entity=" + entity + "&id=" + id);
    assertThat(browser.text(By.id("viewForm:history")))
        .contains("Restored", "Moved to the recycle bin");
  }

  private static String value(String field) {
    return browser.text(By.cssSelector("[data-field='" + field + "'] .rl-field-value"));
  }

  private static void lookUp(String autoCompleteId, String typed, String choice) {
    browser.type(By.id(autoCompleteId + "_input"), typed);
    browser.click(
        By.xpath(
            "//*[@id='" + autoCompleteId + "_panel']//li[normalize-space()='" + choice + "']"));
  }
}
