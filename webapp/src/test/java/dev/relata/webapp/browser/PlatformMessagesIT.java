package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.webapp.it.Api;
import dev.relata.webapp.it.TestDepartments;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * What the platform itself says when it refuses something reaches the page in the user's language,
 * at desktop and at phone size: an administrator's refusal (a department that still has a user and
 * a sub-department is not deleted) and a field problem of a record (an e-mail address that is not
 * one). Both were English on a Chinese page before messages had keys; the API still says them in
 * English.
 */
class PlatformMessagesIT extends BrowserTest {

  static Stream<Arguments> sizesAndLanguages() {
    return Stream.of(
        Arguments.of("desktop", Browser.DESKTOP, "en"),
        Arguments.of("phone", Browser.PHONE, "en"),
        Arguments.of("desktop", Browser.DESKTOP, "zh"),
        Arguments.of("phone", Browser.PHONE, "zh"));
  }

  /** One sign-in per size and language for both refusals keeps the browser tour short. */
  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("sizesAndLanguages")
  void refusalsFromThePlatformAreShownInTheUsersLanguageAndTheApiStaysEnglish(
      String size, Dimension dimension, String language) {
    signInIn(language, dimension);
    aDepartmentStillInUseIsNotDeleted(size, language);
    anEmailAddressThatIsNoneIsRefusedOnItsField(size, language);
  }

  private static void aDepartmentStillInUseIsNotDeleted(String size, String language) {
    String name = TestData.uniqueName("Busy");
    JsonNode busy = TestDepartments.create(name, null);
    TestDepartments.create(TestData.uniqueName("Below"), busy);
    member(busy);
    browser.open("/app/admin/departments.xhtml");

    browser.click(OrganisationPages.rowButton("data-department", name, "delete"));
    browser.click(By.id("departmentsForm:confirmYes"));

    String expected =
        language.equals("zh")
            ? "部门“" + name + "”下还有 1 个用户和 1 个下级部门；请先将它们移到其他部门。"
            : "Department '"
                + name
                + "' still has 1 user and 1 sub-department; move them to another department"
                + " first.";
    browser.waitForText(By.id("messages"), expected);
    browser.screenshot("department-in-use-" + size + "-" + language);
    assertThat(browser.all(By.cssSelector("[data-department='" + name + "']"))).hasSize(1);

    Api.Reply api = Api.admin().delete("/api/v1/admin/departments/" + busy.get("id").asText());
    assertThat(api.status()).isEqualTo(409);
    assertThat(api.json().get("message").asText())
        .isEqualTo(
            "Department '"
                + name
                + "' still has 1 user and 1 sub-department; move them to another department"
                + " first.");
  }

  private static void anEmailAddressThatIsNoneIsRefusedOnItsField(String size, String language) {
    browser.open("/app/records/edit.xhtml?entity=customer");

    browser.type(By.id("recordForm:in_name"), TestData.uniqueName("Acme"));
    browser.type(By.id("recordForm:in_email"), "sales at acme");
    browser.click(By.id("recordForm:save"));

    browser.waitForText(
        By.id("recordForm:msg_email"),
        language.equals("zh")
            ? "“sales at acme”不是有效的邮箱地址。"
            : "'sales at acme' is not a valid email address.");
    browser.screenshot("record-email-" + size + "-" + language);
    assertThat(browser.driver().getCurrentUrl()).contains("/app/records/edit.xhtml");
  }

  /** Signs in as the administrator, in Chinese if {@code language} is zh, at this size. */
  private static void signInIn(String language, Dimension dimension) {
    browser.signInAsAdmin();
    if (language.equals("zh")) {
      browser.open("/app/home.xhtml");
      browser.click(By.id("topbar:localeZh"));
      browser.waitForText(By.id("topbar:signOut"), "退出");
    }
    browser.resize(dimension);
  }

  private static void member(JsonNode department) {
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/v1/admin/users",
                "{\"username\": \""
                    + TestData.uniqueName("member")
                    + "\", \"department\": "
                    + department.get("id").asText()
                    + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }
}
