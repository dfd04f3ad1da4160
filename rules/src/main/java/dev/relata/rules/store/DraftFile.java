package dev.relata.rules.store;

import dev.relata.rules.build.RuleFile;
import java.time.Instant;

/**
 * A rule file of the working copy. {@code deleted}: removed, to take effect at the next publish.
 */
public record DraftFile(
    String path,
    String content,
    boolean deleted,
    long version,
    Instant updatedAt,
    String updatedBy) {

  public RuleFile file() {
    return new RuleFile(path, content);
  }
}
