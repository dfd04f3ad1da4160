package dev.relata.webapp.browser;

import dev.relata.webapp.it.RelataServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the Debian {@code chromium} and {@code chromedriver} binaries
 * (never a downloaded browser), with a fresh profile, pointed at the test server. The helpers wait
 * explicitly for what a step needs, including PrimeFaces' Ajax queue.
 *
 * <p>It keeps the browser's console log, where Chromium reports every Content-Security-Policy
 * violation of every page it showed, early ones included: {@link #contentSecurityPolicyViolations}
 * reads them.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Dimension DESKTOP = new Dimension(1400, 1000);
  static final Dimension PHONE = new Dimension(390, 844);

  /** An inline script without the page's nonce: the policy must stop it. */
  private static final String CANARY = "window.relataCanary = true;";

  /** How Chromium names the canary in the violation it reports: the hash of its text. */
  private static final String CANARY_HASH = "sha256-" + sha256(CANARY);

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final Path profile;
  private final List<String> violations = new ArrayList<>();
  private int canariesReported;

  private Browser(WebDriver driver, String baseUrl, Path profile) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.baseUrl = baseUrl;
    this.profile = profile;
  }

  /** A new browser on the test server. */
  static Browser start() {
    requireChromium();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    String baseUrl = RelataServer.get().baseUrl();
    try {
      Path profile = Files.createTempDirectory("relata-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1400,1000",
          "--user-data-dir=" + profile,
          "--lang=en-US");
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options), baseUrl, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * On a developer's machine without Chromium the browser tests are skipped with the install
   * command; under CI ({@code CI=true}) a missing browser is a failure, never a silent skip.
   */
  private static void requireChromium() {
    boolean installed =
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI needs "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver)");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        installed,
        "Browser tests skipped: install"
            + " Chromium and ChromeDriver (apt-get install chromium chromium-driver) to run them.");
  }

  WebDriver driver() {
    return driver;
  }

  String baseUrl() {
    return baseUrl;
  }

  void open(String path) {
    driver.get(baseUrl + path);
    waitForPage();
  }

  /** Starts over without a session: no cookies, on the sign-in page. */
  void reset() {
    resize(DESKTOP);
    driver.get(baseUrl + "/login.xhtml");
    driver.manage().deleteAllCookies();
    open("/login.xhtml");
  }

  void signIn(String username, String password) {
    open("/login.xhtml");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), password);
    click(By.id("loginForm:signIn"));
    waitForPage();
  }

  void signInAsAdmin() {
    signIn("admin", RelataServer.ADMIN_PASSWORD);
    waitFor(By.id("topbar:signOut"));
  }

  WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  void waitUntilGone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  void type(By by, String text) {
    WebElement element = waitFor(by);
    element.clear();
    element.sendKeys(text);
  }

  /** Clicks and waits for any Ajax request the click started. */
  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    waitForAjax();
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, through the widget's own {@code
   * selectValue} followed by the change event a click fires: clicking the items of an overlay panel
   * inside a modal dialog proved unreliable in headless Chromium.
   */
  void choose(String menuId, String label) {
    waitFor(By.id(menuId));
    ((JavascriptExecutor) driver)
        .executeScript(
            "var id = arguments[0], label = arguments[1];"
                + "var option = jQuery(PrimeFaces.escapeClientId(id + '_input')).find('option')"
                + ".filter(function() { return jQuery(this).text() === label; });"
                + "var menu = PrimeFaces.getWidgetById(id);"
                + "menu.selectValue(option.val()); menu.triggerChange();",
            menuId,
            label);
    waitForAjax();
    waitForText(By.id(menuId + "_label"), label);
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String text(By by) {
    return waitFor(by).getText();
  }

  /** Waits until the document has loaded and PrimeFaces has no Ajax request in flight. */
  void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);")));
  }

  void waitForPage() {
    waitForAjax();
  }

  /** How far the page is wider than the window, in CSS pixels (0 when nothing scrolls sideways). */
  long horizontalOverflow() {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Math.max(0, document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth);");
    return ((Number) overflow).longValue();
  }

  /** Makes the window this size, e.g. {@link #PHONE}. */
  void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /**
   * The Content-Security-Policy violations Chromium reported since the last call, except those of
   * the canary of {@link #assertInlineScriptsBlocked}.
   */
  List<String> contentSecurityPolicyViolations() {
    readConsole();
    List<String> reported = List.copyOf(violations);
    violations.clear();
    return reported;
  }

  /**
   * Proves that the page shown has a script policy in force and that its violations reach {@link
   * #contentSecurityPolicyViolations}: an inline script added without the page's nonce does not
   * run, and Chromium reports it in the console.
   */
  void assertInlineScriptsBlocked() {
    readConsole();
    int before = canariesReported;
    Object ran =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var script = document.createElement('script');"
                    + "script.textContent = arguments[0];"
                    + "document.head.appendChild(script);"
                    + "return window.relataCanary === true;",
                CANARY);
    if (!Boolean.FALSE.equals(ran)) {
      throw new AssertionError(
          "An inline script without a nonce ran on " + driver.getCurrentUrl() + ": no policy?");
    }
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage("Chromium's report of the blocked script on " + driver.getCurrentUrl())
        .until(
            d -> {
              readConsole();
              return canariesReported > before;
            });
  }

  /** Collects the policy violations of the console log (which Chromium gives out only once). */
  private void readConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      if (message.contains(CANARY_HASH)) {
        canariesReported++;
      } else if (message.contains("Content Security Policy")) {
        violations.add(message);
      }
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Saves a screenshot to target/screenshots/{name}.png (to look at the pages). */
  Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
