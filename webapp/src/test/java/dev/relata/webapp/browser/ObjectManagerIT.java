package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ObjectManagerIT extends BrowserTest {
  @BeforeEach
  void signedInAsAdmin() {
    browser.signInAsAdmin();
  }

  @Test
  void anEntityAndAFieldCreatedInTheObjectManagerAppearInNavigationAndOnTheForm() {
    String entity = TestData.uniqueName("asset");
    browser.open("/app/admin/entities.xhtml");

    browser.click(By.id("entitiesForm:newEntity"));
    browser.type(By.id("createForm:entityName"), entity);
    browser.type(By.id("createForm:labelEn"), "Asset");
    browser.type(By.id("createForm:labelZh"), "资产");
    browser.type(By.id("createForm:pluralEn"), "Assets");
    browser.type(By.id("createForm:pluralZh"), "资产");
    browser.click(By.id("createForm:create"));
    browser.waitFor(By.id("entityForm:fields"));
    assertThat(browser.text(By.id("nav"))).contains("Assets");

    browser.click(By.id("entityForm:addField"));
    browser.type(By.id("fieldForm:fd_name"), "price");
    browser.choose("fieldForm:fd_type", "Currency");
    browser.waitFor(By.id("fieldForm:fd_precision_input"));
    browser.type(By.id("fieldForm:fd_labelEn"), "Price");
    browser.type(By.id("fieldForm:fd_labelZh"), "价值");
    browser.type(By.id("fieldForm:fd_helpText"), "Purchase price");
    browser.click(By.id("fieldForm:fd_required"));
    browser.screenshot("field-dialog");
    browser.click(By.id("fieldForm:saveField"));
    browser.waitUntilGone(By.id("fieldDialog"));
    browser.screenshot("entity-page");

    assertThat(browser.text(By.id("entityForm:fields"))).contains("price", "Price", "Currency");
    assertThat(browser.text(By.id("entityForm:revisions"))).contains("Added field price");

    browser.open("/app/records/edit.xhtml?entity=" + entity);
    browser.waitFor(By.id("recordForm:in_price_input"));
    assertThat(browser.text(By.cssSelector("[data-field='price'] .rl-form-label")))
        .contains("Price", "*");
  }

  @Test
  void aFieldDefinitionThePlatformRefusesShowsTheProblemOnItsInput() {
    String entity = TestData.projectEntity();
    browser.open("/app/admin/entity.xhtml?name=" + entity);

    browser.click(By.id("entityForm:addField"));
    browser.type(By.id("fieldForm:fd_name"), "Bad Name");
    browser.type(By.id("fieldForm:fd_labelEn"), "Bad");
    browser.click(By.id("fieldForm:saveField"));

    browser.waitFor(By.cssSelector("[id='fieldForm:fd_name'] ~ .ui-message-error"));
    assertThat(browser.driver().findElement(By.id("fieldDialog")).isDisplayed()).isTrue();
  }

  @Test
  void aDeletedFieldCanBeRestoredAndARevisionRolledBack() {
    String entity = TestData.projectEntity();
    browser.open("/app/admin/entity.xhtml?name=" + entity);

    browser.click(By.id("entityForm:fields:3:deleteField"));
    browser.click(By.id("entityForm:confirmYes"));
    browser.waitFor(By.id("entityForm:fields:3:restoreField"));
    browser.click(By.id("entityForm:fields:3:restoreField"));
    browser.waitFor(By.id("entityForm:fields:3:deleteField"));

    browser.click(By.cssSelector("[id='entityForm:revisions'] .ui-row-toggler"));
    browser.waitForText(By.id("entityForm:revisions"), "fields.starts.deleted");
    browser.click(By.id("entityForm:revisions:0:rollback"));
    browser.click(By.id("entityForm:confirmYes"));
    browser.waitForText(By.id("entityForm:revisions"), "Rolled back revision");
    assertThat(browser.text(By.id("entityForm:fields"))).contains("Deleted");
  }
}
