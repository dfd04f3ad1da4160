package dev.relata.rules.build;

import java.util.regex.Pattern;

/**
 * One rule file: a path such as {@code sales/opportunity.drl} and its content (Base64 for binary
 * kinds).
 */
public record RuleFile(String path, String content) {
  /** Folders and a file name of letters (any script), digits, '_' and '-', then a known ending. */
  private static final Pattern PATH =
      Pattern.compile("[\\p{L}\\p{N}_-]{1,60}(/[\\p{L}\\p{N}_-]{1,60}){0,5}\\.[a-z.]{3,10}");

  public static final int MAX_PATH_LENGTH = 200;

  public RuleKind kind() {
    return RuleKind.of(path).orElseThrow();
  }

  /** Whether {@code path} names a rule file that may be stored. */
  public static boolean validPath(String path) {
    return path != null
        && path.length() <= MAX_PATH_LENGTH
        && PATH.matcher(path).matches()
        && RuleKind.of(path).isPresent()
        && !path.startsWith("relata/_");
  }
}
