package dev.relata.rules.build;

import java.util.Optional;

/** The kinds of rule file, told apart by how their path ends. */
public enum RuleKind {
  DRL(".drl", false),
  DSLR(".dslr", false),
  DSL(".dsl", false),
  XLSX(".xlsx", true),
  CSV(".csv", false),
  TEST(".test.json", false);

  private final String ending;
  private final boolean binary;

  RuleKind(String ending, boolean binary) {
    this.ending = ending;
    this.binary = binary;
  }

  public String ending() {
    return ending;
  }

  /** Whether the file's content is bytes (sent and stored as Base64) rather than text. */
  public boolean binary() {
    return binary;
  }

  public String apiName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<RuleKind> of(String path) {
    // .test.json before any shorter ending it might share
    for (RuleKind kind : values()) {
      if (path.endsWith(kind.ending)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
