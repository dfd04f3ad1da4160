package dev.relata.rules.build;

/**
 * Why a rule file cannot be used, where it is known.
 *
 * @param path the rule file, or null for a problem of the whole rule base
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record BuildProblem(String path, int line, int column, String message) {
  @Override
  public String toString() {
    StringBuilder at = new StringBuilder(path == null ? "rules" : path);
    if (line > 0) {
      at.append(':').append(line);
      if (column > 0) {
        at.append(':').append(column);
      }
    }
    return at + ": " + message;
  }
}
