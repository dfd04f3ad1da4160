package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.webapp.it.Accounts;
import dev.relata.webapp.it.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The permissions page of a role: the matrix, field and system permissions saved and shown again,
 * what a changed system permission opens for a user, the page at laptop and phone size in English
 * and Chinese, and a save refused because someone else changed the policy meanwhile. Browser tests
 * share one server: every test puts the roles it changes back as they were.
 */
class PermissionsPageIT extends BrowserTest {
  private static final Dimension LAPTOP = new Dimension(1366, 800);
  private static final List<String> CHANGED_ROLES = List.of("marketing", "finance");
  private static final List<String> PARTS =
      List.of("permissions", "field-permissions", "system-permissions");

  /** The parts of each role the tests change, as they were before, to put back afterwards. */
  private final Map<String, String> before = new LinkedHashMap<>();

  @BeforeEach
  void rememberTheRoles() {
    Api admin = Api.admin();
    for (String role : CHANGED_ROLES) {
      for (String part : PARTS) {
        String path = "/api/v1/admin/roles/" + role + "/" + part;
        Api.Reply reply = admin.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        before.put(path, reply.body());
      }
    }
  }

  @AfterEach
  void putTheRolesBack() {
    Api admin = Api.admin();
    before.forEach(
        (path, body) -> {
          Api.Reply reply = admin.put(path, body);
          assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
        });
  }

  @Test
  void anAdministratorSetsTheMatrixFieldAndSystemPermissionsOfRoles() {
    browser.signInAsAdmin();
    browser.open("/app/admin/roles.xhtml");
    browser.click(
        By.xpath("//tr[.//*[@data-role='marketing']]//*[contains(@id, ':rolePermissions')]//a"));
    browser.waitForText(By.id("permissionsTitle"), "Permissions of Marketing");
    assertThat(browser.driver().getCurrentUrl()).contains("permissions.xhtml?role=marketing");

    // A cell changed is marked, and counted, until it is saved.
    WebElement opportunityRead = cell("opportunity", "read");
    assertThat(new Select(opportunityRead).getFirstSelectedOption().getText()).isEqualTo("None");
    new Select(opportunityRead).selectByValue("department");
    assertThat(cellOf(opportunityRead).getAttribute("class")).contains("rl-changed");
    assertThat(browser.text(unsaved("objects"))).isEqualTo("1 unsaved change");
    browser.screenshot("permissions-changed-desktop-en");

    // The filter narrows the record types; Enter in it does not save the matrix.
    browser.type(By.id("entityFilter"), "opport" + Keys.ENTER);
    assertThat(
            browser.all(By.cssSelector("#matrixTable tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(row -> row.getAttribute("data-entity")))
        .containsExactly("opportunity");
    assertThat(browser.all(By.cssSelector("[id='matrixForm:sectionMessages'] .ui-messages-info")))
        .as("nothing saved")
        .isEmpty();
    browser
        .driver()
        .findElement(By.id("entityFilter"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    assertThat(
            browser.all(By.cssSelector("#matrixTable tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .count())
        .isGreaterThanOrEqualTo(5);

    // Discard puts the cell back; the change made again is saved.
    browser.click(By.id("matrixForm:discardMatrix"));
    assertThat(
            new Select(cell("opportunity", "read")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("none");
    assertThat(browser.all(By.cssSelector("#objects .rl-changed"))).isEmpty();
    new Select(cell("opportunity", "read")).selectByValue("department");
    browser.click(By.id("matrixForm:saveMatrix"));
    browser.waitForText(messages("matrixForm"), "The object permissions of Marketing were saved.");
    assertThat(browser.all(By.cssSelector("#objects .rl-changed"))).isEmpty();

    browser.open("/app/admin/permissions.xhtml?role=marketing");
    assertThat(new Select(cell("opportunity", "read")).getFirstSelectedOption().getText())
        .isEqualTo("Department");
    assertThat(scope("marketing", "opportunity", "read")).isEqualTo("department");
    assertThat(scope("marketing", "contact", "import")).as("the rest is kept").isEqualTo("all");

    // Field permissions: customer's annual revenue goes from hidden to read-only.
    chooseValue("fieldsForm:entity", "customer");
    WebElement revenue = fieldAccess("annual_revenue");
    assertThat(new Select(revenue).getFirstSelectedOption().getText()).isEqualTo("Hidden");
    new Select(revenue).selectByValue("read");
    browser.click(By.id("fieldsForm:saveFields"));
    browser.waitForText(messages("fieldsForm"), "The field permissions of Marketing were saved.");
    browser.open("/app/admin/permissions.xhtml?role=marketing");
    chooseValue("fieldsForm:entity", "customer");
    assertThat(new Select(fieldAccess("annual_revenue")).getFirstSelectedOption().getText())
        .isEqualTo("Read-only");
    assertThat(Api.admin().get("/api/v1/admin/roles/marketing/field-permissions").json())
        .anySatisfy(
            f -> {
              assertThat(f.get("entity").asText()).isEqualTo("customer");
              assertThat(f.get("field").asText()).isEqualTo("annual_revenue");
              assertThat(f.get("access").asText()).isEqualTo("read");
            });
    assertThat(browser.text(By.id("versionsForm:versionTable")))
        .contains("Field permissions of Marketing", "Object permissions of Marketing", "admin");

    // System permissions: finance may read the logs, and a finance user sees just those links.
    browser.open("/app/admin/permissions.xhtml?role=finance");
    WebElement viewLogs = browser.waitFor(By.cssSelector("input[data-permission='view_logs']"));
    assertThat(viewLogs.isSelected()).isFalse();
    browser.click(By.cssSelector("li[data-permission='view_logs'] label"));
    assertThat(browser.text(unsaved("system"))).isEqualTo("1 unsaved change");
    browser.click(By.id("systemForm:saveSystem"));
    browser.waitForText(messages("systemForm"), "The system permissions of Finance were saved.");
    assertThat(Api.admin().get("/api/v1/admin/roles/finance/system-permissions").json())
        .extracting(JsonNode::asText)
        .containsExactly("view_logs");

    JsonNode clerk = Accounts.user("clerk", "finance");
    browser.reset();
    browser.signIn(clerk.get("username").asText(), Accounts.PASSWORD);
    browser.waitFor(By.id("topbar:signOut"));
    assertThat(browser.all(By.id("loginLog"))).hasSize(1);
    assertThat(browser.all(By.id("auditLog"))).hasSize(1);
    for (String other :
        List.of(
            "objectManager",
            "ruleEditor",
            "adminUsers",
            "adminDepartments",
            "adminRoles",
            "securityPolicy")) {
      assertThat(browser.all(By.id(other))).as(other).isEmpty();
    }
    browser.screenshot("permissions-finance-side-bar");
    browser.open("/app/admin/permissions.xhtml?role=finance");
    assertThat(browser.all(By.id("matrixForm"))).as("no manage_roles, no page").isEmpty();
  }

  @Test
  void theAdminRoleKeepsEverySystemPermissionAndAnUnknownRoleIsNotFound() {
    browser.signInAsAdmin();
    browser.open("/app/admin/permissions.xhtml?role=admin");
    List<WebElement> boxes = browser.all(By.cssSelector("#system input[type='checkbox']"));
    assertThat(boxes).hasSize(6);
    assertThat(boxes).allSatisfy(box -> assertThat(box.isSelected()).isTrue());
    assertThat(boxes).allSatisfy(box -> assertThat(box.isEnabled()).isFalse());
    assertThat(browser.all(By.id("systemForm:saveSystem"))).isEmpty();
    assertThat(browser.text(By.id("system"))).contains("always holds every system permission");

    browser.open("/app/admin/permissions.xhtml?role=" + TestData.uniqueName("nobody"));
    assertThat(browser.all(By.id("matrixForm"))).isEmpty();
  }

  @Test
  void thePageFitsALaptopAndAPhoneInEnglishAndInChinese() {
    browser.signInAsAdmin();
    try {
      fits("en");
      browser.click(By.id("topbar:localeZh"));
      browser.waitForText(By.id("topbar:signOut"), "退出");
      assertThat(browser.text(By.id("permissionsTitle"))).startsWith("市场营销的权限");
      assertThat(browser.text(By.cssSelector("#objects h2"))).isEqualTo("对象权限");
      assertThat(browser.text(By.cssSelector("#matrixTable th[data-action='read']")))
          .isEqualTo("查看");
      assertThat(browser.text(By.cssSelector("#matrixTable th[data-action='assign']")))
          .isEqualTo("分配");
      assertThat(new Select(cell("contact", "read")).getFirstSelectedOption().getText())
          .isEqualTo("全部");
      assertThat(new Select(cell("contact", "read")).getOptions())
          .extracting(WebElement::getText)
          .containsExactly("无", "本人", "本部门", "本部门及下级", "本人及下属", "全部");
      assertThat(browser.text(By.id("matrixForm:saveMatrix"))).isEqualTo("保存");
      assertThat(browser.text(By.id("matrixForm:discardMatrix"))).isEqualTo("放弃更改");
      assertThat(browser.text(By.cssSelector("li[data-permission='view_logs'] label")))
          .contains("查看日志", "登录日志和审计日志");
      assertThat(englishWords()).as("English words on the Chinese page").isEmpty();
      fits("zh");
    } finally {
      browser.resize(Browser.DESKTOP);
      browser.open("/app/admin/permissions.xhtml?role=marketing");
      if (!browser.all(By.id("topbar:localeEn")).isEmpty()) {
        browser.click(By.id("topbar:localeEn"));
        browser.waitForText(By.id("topbar:signOut"), "Sign out");
      }
    }
  }

  @Test
  void aSaveAfterSomeoneElseChangedThePolicyIsRefusedAndTheirChangeIsKept() {
    browser.signInAsAdmin();
    browser.open("/app/admin/permissions.xhtml?role=marketing");
    new Select(cell("contact", "delete")).selectByValue("own");

    // Meanwhile, through the API: marketing may export customers.
    Api admin = Api.admin();
    String path = "/api/v1/admin/roles/marketing/permissions";
    ArrayNode cells = (ArrayNode) admin.get(path).json();
    for (JsonNode cell : cells) {
      if (cell.get("entity").asText().equals("customer")
          && cell.get("action").asText().equals("export")) {
        ((ObjectNode) cell).put("scope", "all");
      }
    }
    assertThat(admin.put(path, cells.toString()).status()).isEqualTo(200);

    browser.click(By.id("matrixForm:saveMatrix"));
    browser.waitForText(
        messages("matrixForm"),
        "Someone else changed the access policy after you opened this page, so your changes were"
            + " not saved.");
    assertThat(browser.text(By.id("matrixForm:conflict")))
        .contains("Your changes are still on the page");
    assertThat(new Select(cell("contact", "delete")).getFirstSelectedOption().getAttribute("value"))
        .as("the change is still on the page")
        .isEqualTo("own");
    assertThat(cellOf(cell("contact", "delete")).getAttribute("class")).contains("rl-changed");
    browser.screenshot("permissions-conflict-desktop-en");
    assertThat(scope("marketing", "customer", "export")).as("the other change").isEqualTo("all");
    assertThat(scope("marketing", "contact", "delete")).as("not saved").isEqualTo("none");

    browser.click(By.id("matrixForm:conflictReload"));
    browser.waitForText(By.id("permissionsTitle"), "Marketing");
    assertThat(
            new Select(cell("customer", "export")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("all");
    new Select(cell("contact", "delete")).selectByValue("own");
    browser.click(By.id("matrixForm:saveMatrix"));
    browser.waitForText(messages("matrixForm"), "were saved");
    assertThat(scope("marketing", "contact", "delete")).isEqualTo("own");
    assertThat(scope("marketing", "customer", "export")).isEqualTo("all");

    // Rolling back to the version before that save puts it in force again, as a new version.
    assertThat(browser.text(By.id("versionsForm:versionTable:0:inForce"))).isEqualTo("In force");
    confirmed(By.id("versionsForm:versionTable:1:rollback"));
    browser.waitForText(messages("versionsForm"), "is in force again, as version");
    assertThat(scope("marketing", "contact", "delete")).isEqualTo("none");
    assertThat(scope("marketing", "customer", "export")).isEqualTo("all");
    assertThat(new Select(cell("contact", "delete")).getFirstSelectedOption().getAttribute("value"))
        .as("the page shows the policy as it is now")
        .isEqualTo("none");
    assertThat(browser.text(By.id("versionsForm:versionTable:0:change")))
        .startsWith("Rollback to version");
  }

  @Test
  void aRoleManagerCannotMakeARoleGrantMoreThanTheirOwnRolesHold() {
    Api admin = Api.admin();
    String keeperRole = TestData.uniqueName("keeper");
    Api.Reply made =
        admin.post(
            "/api/v1/admin/roles",
            "{\"name\": \""
                + keeperRole
                + "\", \"labels\": {\"en\": \"Role keeper\", \"zh-CN\": \"角色管理员\"}}");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    Api.Reply given =
        admin.put(
            "/api/v1/admin/roles/" + keeperRole + "/system-permissions", "[\"manage_roles\"]");
    assertThat(given.status()).as(given.toString()).isEqualTo(200);
    JsonNode keeper = Accounts.user("keeper", keeperRole);
    browser.signIn(keeper.get("username").asText(), Accounts.PASSWORD);
    browser.waitFor(By.id("topbar:signOut"));

    browser.open("/app/admin/permissions.xhtml?role=marketing");
    new Select(cell("opportunity", "read")).selectByValue("department");
    browser.click(By.id("matrixForm:saveMatrix"));
    browser.waitForText(
        messages("matrixForm"),
        "You cannot make Marketing grant more than your own roles hold: Opportunity · Read:"
            + " Department.");
    assertThat(scope("marketing", "opportunity", "read")).isEqualTo("none");

    browser.click(By.id("topbar:localeZh"));
    browser.waitForText(By.id("topbar:signOut"), "退出");
    new Select(cell("opportunity", "read")).selectByValue("department");
    browser.click(By.id("matrixForm:saveMatrix"));
    browser.waitForText(messages("matrixForm"), "您不能让市场营销获得超出您自己角色的权限：商机 · 查看：本部门。");
    browser.screenshot("permissions-refused-desktop-zh");
    assertThat(scope("marketing", "opportunity", "read")).isEqualTo("none");
  }

  // ---- steps ----

  /** At a laptop's 1366×800 and a phone's 390×844: no sideways scrolling of the page. */
  private static void fits(String language) {
    for (Dimension size : List.of(LAPTOP, Browser.PHONE)) {
      String name = size.equals(LAPTOP) ? "laptop" : "phone";
      browser.resize(size);
      browser.open("/app/admin/permissions.xhtml?role=marketing");
      browser.screenshot("permissions-" + name + "-" + language);
      assertThat(browser.horizontalOverflow())
          .as("the page fits %s; wider than it: %s", size, widerThanTheWindow())
          .isZero();
      assertThat(scrollWidthFits()).isTrue();
      WebElement read = cell("customer", "read");
      assertThat(read.getRect().getWidth()).as("a usable menu").isGreaterThanOrEqualTo(80);
      scrollTo(read);
      browser.screenshot("permissions-" + name + "-" + language + "-matrix");
      if (size.equals(Browser.PHONE)) {
        WebElement label = cellOf(read).findElement(By.cssSelector(".rl-cell-label"));
        assertThat(label.isDisplayed()).as("each action is named on a phone").isTrue();
        assertThat(read.getRect().getX() + read.getRect().getWidth()).isLessThanOrEqualTo(390);
      }
      chooseValue("fieldsForm:entity", "customer");
      scrollTo(browser.waitFor(By.id("fields")));
      browser.screenshot("permissions-" + name + "-" + language + "-fields");
      scrollTo(browser.waitFor(By.id("system")));
      browser.screenshot("permissions-" + name + "-" + language + "-system");
      scrollTo(browser.waitFor(By.id("versionsForm:versionTable")));
      browser.screenshot("permissions-" + name + "-" + language + "-versions");
      assertThat(browser.horizontalOverflow()).isZero();
    }
    browser.resize(Browser.DESKTOP);
  }

  // ---- helpers ----

  private static WebElement cell(String entity, String action) {
    return browser.waitFor(
        By.cssSelector("select[data-entity='" + entity + "'][data-action='" + action + "']"));
  }

  private static WebElement cellOf(WebElement select) {
    return select.findElement(By.xpath("ancestor::*[@data-cell][1]"));
  }

  private static WebElement fieldAccess(String field) {
    return browser.waitFor(By.cssSelector("#fieldTable select[data-field='" + field + "']"));
  }

  /** The messages a section of the page shows beside its buttons. */
  private static By messages(String form) {
    return By.id(form + ":sectionMessages");
  }

  private static By unsaved(String section) {
    return By.cssSelector("#" + section + " [data-unsaved]");
  }

  /** The scope of one cell of a role's matrix, as the API reads it. */
  private static String scope(String role, String entity, String action) {
    for (JsonNode cell : Api.admin().get("/api/v1/admin/roles/" + role + "/permissions").json()) {
      if (cell.get("entity").asText().equals(entity)
          && cell.get("action").asText().equals(action)) {
        return cell.get("scope").asText();
      }
    }
    throw new AssertionError("no cell " + entity + "." + action);
  }

  /** Picks an option of a PrimeFaces select menu by its value (labels depend on the language). */
  private static void chooseValue(String menuId, String value) {
    browser.waitFor(By.id(menuId));
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + "menu.selectValue(arguments[1]); menu.triggerChange();",
            menuId,
            value);
    browser.waitForAjax();
    browser.waitFor(By.cssSelector("#fieldTable[data-entity='" + value + "']"));
  }

  private static boolean scrollWidthFits() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.scrollingElement.scrollWidth <= window.innerWidth;"));
  }

  /**
   * Words of Latin letters in the page's own texts: what the administrators named (record types,
   * fields, roles, users: marked rl-data) is data, not the user interface.
   */
  @SuppressWarnings("unchecked")
  private static List<String> englishWords() {
    String text =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "var main = document.querySelector('.rl-main').cloneNode(true);"
                        + "main.querySelectorAll('.rl-data, .rl-data-mixed, select')"
                        + ".forEach(function (e) { e.remove(); });"
                        + "document.body.appendChild(main);"
                        + "var text = main.innerText; main.remove(); return text;");
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^A-Za-z]+")) {
      if (word.length() > 1) {
        words.add(word);
      }
    }
    return words;
  }

  private static Object widerThanTheWindow() {
    return ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className); } });"
                + "return out.slice(0, 20).join(', ');");
  }

  /**
   * Clicks a button that asks first, and Yes once the question has faded in; returns when the
   * question and its mask are gone.
   */
  private static void confirmed(By button) {
    browser.click(button);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                "1"
                    .equals(
                        js.executeScript(
                            "var q = jQuery(PrimeFaces.escapeClientId('versionsForm:confirmYes'))"
                                + ".closest('.ui-dialog').filter(':visible');"
                                + " return q.length ? String(q.css('opacity')) : null;")));
    browser.click(By.id("versionsForm:confirmYes"));
    browser.waitUntilGone(By.cssSelector(".ui-dialog-mask"));
  }

  private static void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
