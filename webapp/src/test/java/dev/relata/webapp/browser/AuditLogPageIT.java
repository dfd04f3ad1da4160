package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.webapp.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AuditLogPageIT extends BrowserTest {
  @Test
  void aMetadataChangeAppearsWithWhatItChangedBeforeAndAfter() {
    String entity = TestData.projectEntity();
    Api.Reply changed =
        Api.admin()
            .patch(
                "/api/v1/metadata/entities/" + entity + "/fields/seats",
                "{\"labels\": {\"en\": \"Licences\", \"zh-CN\": \"许可\"}}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    browser.signInAsAdmin();
    browser.click(By.id("auditLog"));
    browser.waitFor(By.id("auditForm:events"));
    browser.type(By.id("auditForm:target"), entity);
    browser.click(By.id("auditForm:apply"));
    browser.waitForText(By.id("auditForm:events"), "Field changed");

    assertThat(browser.all(By.cssSelector("[id='auditForm:events_data'] > tr"))).hasSize(2);
    assertThat(browser.text(By.id("auditForm:events")))
        .contains("Record type created", "Changed field seats of " + entity, "admin");

    browser.click(By.cssSelector("[id='auditForm:events'] .ui-row-toggler"));
    browser.waitFor(By.cssSelector("[id='auditForm:events'] .rl-diff"));
    browser.screenshot("audit-log");

    String diff = browser.text(By.cssSelector("[id='auditForm:events'] .rl-diff"));
    assertThat(diff).contains("labels.en", "Seats", "Licences", "labels.zh-CN", "席位", "许可");
  }

  @Test
  void theActionMenuSelectsEveryChangeToRecordTypes() {
    String entity = TestData.projectEntity();
    browser.signInAsAdmin();
    browser.open("/app/admin/audit.xhtml");

    browser.choose("auditForm:action", "Every entity action");
    browser.type(By.id("auditForm:target"), entity);
    browser.click(By.id("auditForm:apply"));

    browser.waitForText(By.id("auditForm:events"), "Record type created");
  }
}
