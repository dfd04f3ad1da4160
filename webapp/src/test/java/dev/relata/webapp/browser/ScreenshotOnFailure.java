package dev.relata.webapp.browser;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot of the page a failed test ended on, named after the test. */
final class ScreenshotOnFailure implements TestWatcher {
  private final Supplier<Browser> browser;

  ScreenshotOnFailure(Supplier<Browser> browser) {
    this.browser = browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser current = browser.get();
    if (current != null) {
      // The display name tells the invocations of a parameterized test apart.
      String invocation = context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
      current.screenshot(
          "FAILED-"
              + context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName()
              + (invocation.startsWith(context.getRequiredTestMethod().getName())
                  ? ""
                  : "-" + invocation));
    }
  }
}
