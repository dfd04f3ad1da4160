package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class DepartmentsPageIT extends BrowserTest {
  @BeforeEach
  void signedInAsAdmin() {
    browser.signInAsAdmin();
  }

  private void create(String name, String chineseLabel) {
    browser.type(By.id("departmentForm:departmentName"), name);
    browser.type(By.id("departmentForm:labelEn"), name);
    browser.type(By.id("departmentForm:labelZh"), chineseLabel);
    browser.click(By.id("departmentForm:saveDepartment"));
    browser.waitFor(By.cssSelector("[data-department='" + name + "']"));
  }

  @Test
  void anAdminBuildsATreeAndAMoveBelowItselfIsShownOnTheParentInput() {
    String top = TestData.uniqueName("Region");
    String below = TestData.uniqueName("Branch");
    browser.open("/app/admin/departments.xhtml");
    assertThat(browser.text(By.id("departmentsForm:tree"))).contains("Head office", "Sales East");

    browser.click(By.id("departmentsForm:newDepartment"));
    create(top, "区域");
    browser.click(OrganisationPages.rowButton("data-department", top, "addChild"));
    create(below, "分部");
    browser.screenshot("departments");

    browser.click(OrganisationPages.rowButton("data-department", top, "edit"));
    OrganisationPages.chooseIndented(browser, "departmentForm:parent", below);
    browser.click(By.id("departmentForm:saveDepartment"));

    browser.waitFor(By.cssSelector("[id='departmentForm:parent'] ~ .ui-message-error"));
    assertThat(browser.text(By.cssSelector("[id='departmentForm:parent'] ~ .ui-message-error")))
        .contains("cannot move below itself");
  }

  @Test
  void aDepartmentWithASubDepartmentIsNotDeletedAndTheReasonIsShown() {
    String parent = TestData.uniqueName("Parent");
    String child = TestData.uniqueName("Child");
    browser.open("/app/admin/departments.xhtml");
    browser.click(By.id("departmentsForm:newDepartment"));
    create(parent, "上级");
    browser.click(OrganisationPages.rowButton("data-department", parent, "addChild"));
    create(child, "下级");

    browser.click(OrganisationPages.rowButton("data-department", parent, "delete"));
    browser.click(By.id("departmentsForm:confirmYes"));
    browser.waitForText(By.id("messages"), "sub-department");

    browser.click(OrganisationPages.rowButton("data-department", child, "delete"));
    browser.click(By.id("departmentsForm:confirmYes"));
    browser.waitForText(By.id("messages"), "was deleted");
    assertThat(browser.all(By.cssSelector("[data-department='" + child + "']"))).isEmpty();
    assertThat(browser.all(By.cssSelector("[data-department='" + parent + "']"))).hasSize(1);
  }
}
