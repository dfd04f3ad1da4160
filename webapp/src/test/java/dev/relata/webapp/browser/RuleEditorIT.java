package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.webapp.it.Accounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rule editor, end to end in one tour to keep CI short: an administrator writes a rule with a
 * syntax error, sees it listed and marked at its line, fixes it by typing, publishes it, opens the
 * revision's diff, uploads and downloads a decision table, and a new opportunity is then refused on
 * its expected close date field — in English and in Chinese, at desktop and at phone size, without
 * horizontal overflow. Browser tests share one server and its database, so the tour takes its rule
 * out of force again at the end (delete and publish), whatever happened before.
 */
class RuleEditorIT extends BrowserTest {
  private static final String FILE = "sales/big_deal_close_date.drl";
  private static final String TABLE = "sales/editor_test_table.xlsx";
  private static final String MESSAGE_EN = "A deal over 10 million needs its close date";
  private static final String MESSAGE_ZH = "超过一千万的商机需要填写预计成交日期";

  /** Line 5 lacks its closing parenthesis; line 2 is text that must never become markup. */
  private static final String BROKEN =
      """
      package relata;
      // Shown as text: </textarea><b id="injected">not markup</b>
      rule "A deal over 10 million needs its close date"
      when
        Opportunity( amount > 10000000, expected_close_date == null
      then
        reject("expected_close_date", "A deal over 10 million needs its close date", "超过一千万的商机需要填写预计成交日期");
      end
      """;

  private static final org.openqa.selenium.Dimension LAPTOP =
      new org.openqa.selenium.Dimension(1366, 800);

  private static final By PROBLEM_MARKER = By.cssSelector(".CodeMirror .rl-problem-marker");

  @Test
  void anAdministratorFixesAndPublishesARuleThatTheRecordFormThenObeys() throws IOException {
    aNonAdministratorCannotOpenTheEditor();
    browser.signInAsAdmin();
    Throwable failure = null;
    try {
      aRuleWithAnErrorIsMarkedAtItsLine();
      theFixedRuleIsPublishedWithItsDiff();
      theRuleTestsRunAndEachResultShows();
      aDecisionTableIsUploadedAndDownloaded();
      theFormRefusesABigDealWithoutCloseDate(MESSAGE_EN);
      thePageFitsAPhone("en");
      inChineseThePageAndTheRefusalAreChinese();
    } catch (Throwable e) {
      failure = e;
      browser.screenshot("FAILED-RuleEditorIT-before-clean-up");
      throw e;
    } finally {
      try {
        takeTheRuleOutOfForce();
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e);
      }
    }
  }

  private static void aNonAdministratorCannotOpenTheEditor() {
    JsonNode rep = Accounts.user("rules_rep", "sales_rep");
    browser.signIn(rep.get("username").asText(), Accounts.PASSWORD);
    browser.waitFor(By.id("topbar:signOut"));
    assertThat(browser.all(By.id("ruleEditor"))).as("no link to the editor").isEmpty();
    browser.open("/app/admin/rules.xhtml");
    assertThat(browser.all(By.id("rulesForm"))).isEmpty();
    browser.reset();
  }

  /**
   * The app serves its own copy of PrimeFaces Extensions' core script, which starts no blob: worker
   * (see resources/primefaces-extensions/primefaces-extensions.js): it must be the copy of the
   * version in use.
   */
  private static void theCoreScriptIsRelatasCopyOfTheVersionInUse() throws IOException {
    Properties pom = new Properties();
    try (InputStream in =
        RuleEditorIT.class.getResourceAsStream(
            "/META-INF/maven/org.primefaces.extensions/primefaces-extensions/pom.properties")) {
      pom.load(in);
    }
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    assertThat(js.executeScript("return PrimeFacesExt.VERSION;"))
        .as(
            "update webapp/src/main/webapp/resources/primefaces-extensions/primefaces-extensions.js")
        .isEqualTo(pom.getProperty("version"));
    assertThat(js.executeScript("return PrimeFacesExt.timers.worker === undefined;"))
        .isEqualTo(true);
  }

  private static void aRuleWithAnErrorIsMarkedAtItsLine() throws IOException {
    browser.open("/app/admin/rules.xhtml");
    browser.click(By.id("rulesForm:newFile"));
    browser.type(By.id("rulesForm:newPath"), "sales/no good.drl");
    browser.click(By.id("rulesForm:createFile"));
    assertThat(browser.text(By.id("rulesForm:newFilePanel"))).contains("is not a rule file path");

    browser.type(By.id("rulesForm:newPath"), FILE);
    browser.click(By.id("rulesForm:createFile"));
    browser.waitForText(By.id("openPath"), FILE);
    browser.assertInlineScriptsBlocked();
    theCoreScriptIsRelatasCopyOfTheVersionInUse();
    setEditorText(BROKEN);

    browser.click(By.id("rulesForm:validate"));
    browser.waitForText(By.id("rulesForm:problemTable"), FILE);
    WebElement marker = browser.waitFor(PROBLEM_MARKER);
    assertThat(marker.getAttribute("data-line")).isIn("5", "6");
    assertThat(marker.getAttribute("title")).startsWith("Line " + marker.getAttribute("data-line"));
    assertThat(browser.all(By.cssSelector(".CodeMirror .rl-problem-line"))).hasSize(1);
    assertThat(fileState(FILE)).isEqualTo("draft");
    browser.screenshot("rule-editor-problem-desktop-en");
  }

  private static void theFixedRuleIsPublishedWithItsDiff() {
    typeAtEndOfLine(5, " )");
    confirmed(By.id("rulesForm:publish"));
    browser.waitForText(By.id("messages"), "published as revision");
    assertThat(browser.all(PROBLEM_MARKER)).isEmpty();
    assertThat(fileState(FILE)).isEqualTo("published");

    browser.click(By.id("rulesForm:revisionTable:0:showRevision"));
    WebElement diff =
        browser.waitFor(By.cssSelector(".rl-revision-file[data-path='" + FILE + "']"));
    assertThat(diff.getText())
        .contains("added", "Opportunity( amount > 10000000, expected_close_date == null )");
    assertThat(browser.text(By.id("rulesForm:revisionTable"))).contains("In force", FILE);
    browser.screenshot("rule-editor-published-desktop-en");
    scrollTo(diff);
    browser.screenshot("rule-editor-revision-diff-desktop-en");
  }

  /** The shipped examples' tests run on the working copy, each listed with its result. */
  private static void theRuleTestsRunAndEachResultShows() {
    browser.click(By.id("rulesForm:runTests"));
    browser.waitForText(By.id("messages"), "rule tests passed");
    String results = browser.text(By.id("rulesForm:testTable"));
    assertThat(results)
        .contains("A won opportunity without an amount is refused", "Passed")
        .doesNotContain("Failed");
  }

  private static void aDecisionTableIsUploadedAndDownloaded() throws IOException {
    byte[] workbook = workbook();
    Path upload = Files.createTempFile("decision-table", ".xlsx");
    Path downloads = Files.createTempDirectory("relata-downloads");
    Files.write(upload, workbook);
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));

    browser.click(By.id("rulesForm:startUpload"));
    browser.type(By.id("uploadForm:uploadPath"), TABLE);
    browser.driver().findElement(By.id("uploadForm:file_input")).sendKeys(upload.toString());
    browser.click(By.id("uploadForm:uploadTable"));
    browser.waitForText(By.id("messages"), "was uploaded");
    browser.waitForText(By.id("openPath"), TABLE);
    assertThat(browser.all(By.cssSelector(".CodeMirror"))).as("no text editor").isEmpty();

    browser.click(By.id("rulesForm:download"));
    Path downloaded = downloads.resolve("editor_test_table.xlsx");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> Files.exists(downloaded) && downloaded.toFile().length() == workbook.length);
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(workbook);

    confirmed(By.id("rulesForm:delete"));
    browser.waitForText(By.id("messages"), "was deleted");
    assertThat(fileState(TABLE)).isEqualTo("deleted");
  }

  private static void theFormRefusesABigDealWithoutCloseDate(String message) {
    String customer = TestData.uniqueName("Rulecheck");
    TestData.customer(customer);
    browser.open("/app/records/edit.xhtml?entity=opportunity");
    browser.type(By.id("recordForm:in_name"), TestData.uniqueName("Deal"));
    browser.type(By.id("recordForm:in_customer_input"), customer.substring(10));
    browser.click(
        By.xpath(
            "//*[@id='recordForm:in_customer_panel']//li[normalize-space()='" + customer + "']"));
    browser.type(By.id("recordForm:in_amount_input"), "20000000");
    browser.click(By.id("recordForm:save"));

    browser.waitForText(By.id("recordForm:msg_expected_close_date"), message);
    assertThat(browser.driver().getCurrentUrl()).contains("/app/records/edit.xhtml");
    browser.screenshot("rule-editor-form-refused-" + (message.equals(MESSAGE_EN) ? "en" : "zh"));
  }

  /** At a phone's 390×844 and a laptop's 1366×800: no sideways overflow, usable inputs. */
  private static void thePageFitsAPhone(String language) {
    browser.resize(LAPTOP);
    try {
      browser.open("/app/admin/rules.xhtml");
      openFile(FILE);
      browser.screenshot("rule-editor-laptop-" + language);
      assertThat(browser.horizontalOverflow())
          .as("the rule editor fits 1366 px; wider than it: %s", widerThanTheWindow())
          .isZero();
      assertThat(width(By.cssSelector(".CodeMirror"))).isGreaterThanOrEqualTo(400);
    } finally {
      browser.resize(Browser.DESKTOP);
    }
    browser.resize(Browser.PHONE);
    try {
      browser.open("/app/admin/rules.xhtml");
      openFile(FILE);
      assertThat(browser.all(By.id("injected"))).as("the file's text is escaped").isEmpty();
      browser.click(By.id("rulesForm:newFile"));
      browser.waitFor(By.id("rulesForm:newPath"));
      browser.screenshot("rule-editor-phone-" + language);
      assertThat(browser.horizontalOverflow())
          .as("the rule editor fits the phone; wider than it: %s", widerThanTheWindow())
          .isZero();
      assertThat(width(By.id("rulesForm:newPath"))).isGreaterThanOrEqualTo(120);
      assertThat(width(By.cssSelector(".CodeMirror"))).isGreaterThanOrEqualTo(120);
      WebElement files = browser.waitFor(By.id("rulesForm:files"));
      WebElement editor = browser.waitFor(By.cssSelector(".CodeMirror"));
      assertThat(files.getRect().getY())
          .as("the file list is above the editor")
          .isLessThan(editor.getRect().getY());
      scrollTo(editor);
      browser.screenshot("rule-editor-phone-editor-" + language);
      browser.click(By.id("rulesForm:cancelCreate"));
    } finally {
      browser.resize(Browser.DESKTOP);
    }
  }

  private static void inChineseThePageAndTheRefusalAreChinese() {
    browser.open("/app/admin/rules.xhtml");
    browser.click(By.id("topbar:localeZh"));
    browser.waitForText(By.id("topbar:signOut"), "退出");
    assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("规则");
    assertThat(browser.text(By.id("rulesForm:newFile"))).isEqualTo("新建文件");
    assertThat(browser.text(By.id("rulesForm:validate"))).isEqualTo("校验");
    assertThat(browser.text(By.id("rulesForm:publish"))).isEqualTo("发布");
    assertThat(browser.text(By.id("rulesForm:runTests"))).isEqualTo("运行测试");
    assertThat(browser.text(By.id("ruleEditor"))).isEqualTo("规则");
    openFile(FILE);
    browser.click(By.id("rulesForm:revisionTable:0:showRevision"));
    WebElement diff = browser.waitFor(By.cssSelector(".rl-revision-file"));
    assertThat(englishWords()).as("English words on the Chinese page").isEmpty();
    browser.screenshot("rule-editor-desktop-zh");
    scrollTo(diff);
    browser.screenshot("rule-editor-revision-diff-desktop-zh");

    thePageFitsAPhone("zh");
    theFormRefusesABigDealWithoutCloseDate(MESSAGE_ZH);
    browser.open("/app/admin/rules.xhtml");
    browser.click(By.id("topbar:localeEn"));
    browser.waitForText(By.id("topbar:signOut"), "Sign out");
  }

  /**
   * Words of Latin letters in the page's own text: file contents (the editor, the diff), file
   * paths, usernames and the names of file formats are the data, not the user interface.
   */
  @SuppressWarnings("unchecked")
  private static List<String> englishWords() {
    String text =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "var main = document.querySelector('.rl-main').cloneNode(true);"
                        + "main.querySelectorAll('.CodeMirror, textarea, .rl-sbs, .rl-unified pre,"
                        + " .rl-problem-marks').forEach(function (e) { e.remove(); });"
                        + "document.body.appendChild(main);"
                        + "var text = main.innerText; main.remove(); return text;");
    String data =
        text.replaceAll("[\\w-]+(/[\\w-]+)*\\.(drl|dslr|dsl|xlsx|csv|test\\.json)", " ")
            .replaceAll("[\\w-]+/", " ")
            .replaceAll("\\b(admin|DRL|DSLR|DSL|XLSX|CSV|KB)\\b", " ");
    return List.of(data.split("[^A-Za-z]+")).stream().filter(w -> w.length() > 1).toList();
  }

  /**
   * Deletes what the tour made (if it is still there) and publishes, so that no other test meets
   * the rule.
   */
  private static void takeTheRuleOutOfForce() {
    browser.resize(Browser.DESKTOP);
    browser.open("/app/admin/rules.xhtml");
    if (browser.all(fileItem(FILE)).isEmpty()) {
      return;
    }
    for (String path : List.of(TABLE, FILE)) {
      if (!browser.all(fileItem(path)).isEmpty() && !"deleted".equals(fileState(path))) {
        openFile(path);
        confirmed(By.id("rulesForm:delete"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(d -> "deleted".equals(fileState(path)));
      }
    }
    confirmed(By.id("rulesForm:publish"));
    browser.waitFor(By.cssSelector("#messages .ui-messages-info"));
    assertThat(browser.all(fileItem(FILE))).as("the rule is out of force and gone").isEmpty();
  }

  // ---- helpers ----

  private static By fileItem(String path) {
    return By.cssSelector(".rl-rules-file[data-path='" + path + "']");
  }

  private static String fileState(String path) {
    return browser.waitFor(fileItem(path)).getAttribute("data-state");
  }

  private static void openFile(String path) {
    browser.click(By.cssSelector(".rl-rules-file[data-path='" + path + "'] a"));
    browser.waitForText(By.id("openPath"), path);
  }

  /** Replaces the editor's text, as pasting would. */
  private static void setEditorText(String text) {
    browser.waitFor(By.cssSelector(".CodeMirror"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('ruleEditor').getCodeMirrorInstance().setValue(arguments[0]);", text);
  }

  /** Clicks into a line of the editor and types at its end, key by key. */
  private static void typeAtEndOfLine(int line, String text) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var cm = PF('ruleEditor').getCodeMirrorInstance(); cm.focus();"
                + " cm.setCursor({line: arguments[0] - 1, ch: cm.getLine(arguments[0] - 1).length});",
            line);
    browser.driver().switchTo().activeElement().sendKeys(Keys.END, text);
  }

  /** Elements that reach past the window's right edge (what to fix when the page overflows). */
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
                            "var q = jQuery(PrimeFaces.escapeClientId('rulesForm:confirmYes'))"
                                + ".closest('.ui-dialog').filter(':visible');"
                                + " return q.length ? String(q.css('opacity')) : null;")));
    browser.click(By.id("rulesForm:confirmYes"));
    browser.waitUntilGone(By.cssSelector(".ui-dialog-mask"));
  }

  private static void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private static long width(By by) {
    return browser.waitFor(by).getRect().getWidth();
  }

  /** A small .xlsx-shaped file (a zip archive); the editor stores it without building it. */
  private static byte[] workbook() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
