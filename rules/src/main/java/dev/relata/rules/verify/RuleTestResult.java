package dev.relata.rules.verify;

import dev.relata.metadata.error.Message;
import java.util.List;

/**
 * How one rule test went.
 *
 * @param failures why it failed, in the reader's language; empty when it passed
 */
public record RuleTestResult(String path, int line, String name, List<Message> failures) {
  public RuleTestResult {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
