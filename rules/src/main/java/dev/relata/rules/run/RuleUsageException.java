package dev.relata.rules.run;

import dev.relata.metadata.error.Message;

/** A rule called one of its functions wrongly (e.g. set a field the entity does not have). */
final class RuleUsageException extends RuntimeException {
  private final transient Message text;

  RuleUsageException(Message text) {
    super(text.english(), null, false, false);
    this.text = text;
  }

  Message text() {
    return text;
  }
}
