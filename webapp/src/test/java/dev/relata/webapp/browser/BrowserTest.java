package dev.relata.webapp.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test class shares: one headless Chromium per class, a clean browser (no
 * session cookies) before each test, and a screenshot when a test fails.
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
}
