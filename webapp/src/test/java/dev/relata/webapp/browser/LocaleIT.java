package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LocaleIT extends BrowserTest {
  @Test
  void switchingToChineseShowsChineseLabelsForTheRestOfTheSession() {
    browser.signInAsAdmin();
    browser.open("/app/records/list.xhtml?entity=customer");

    browser.click(By.id("topbar:localeZh"));
    browser.waitForText(By.id("nav"), "客户");

    assertThat(browser.driver().getCurrentUrl()).contains("entity=customer");
    assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("客户");
    assertThat(browser.text(By.id("listForm:records"))).contains("客户名称", "行业");
    assertThat(browser.text(By.id("topbar:signOut"))).isEqualTo("退出");

    browser.open("/app/records/edit.xhtml?entity=opportunity");
    assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("新建商机");

    browser.click(By.id("topbar:localeEn"));
    browser.waitForText(By.id("nav"), "Customers");
  }
}
