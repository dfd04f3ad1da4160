package dev.relata.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test class shares: one headless Chromium per class, a clean browser (no
 * session cookies) before each test, a screenshot when a test fails, and after each test the check
 * that Chromium reported no Content-Security-Policy violation on any page the test went through.
 */
abstract class BrowserTest {
  static Browser browser;

  @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void cleanBrowser() {
    browser.reset();
  }

  @AfterEach
  void noContentSecurityPolicyViolations() {
    assertThat(browser.contentSecurityPolicyViolations())
        .as("Content-Security-Policy violations reported by Chromium")
        .isEmpty();
  }
}
