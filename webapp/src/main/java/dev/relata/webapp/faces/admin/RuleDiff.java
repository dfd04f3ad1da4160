package dev.relata.webapp.faces.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule file's change as the rule editor shows it: the lines before and after side by side, with
 * long unchanged stretches folded to a few lines of context, and the unified diff line by line.
 */
public final class RuleDiff {
  /** Unchanged lines kept on each side of a change. */
  static final int CONTEXT = 3;

  /** More rows than this are not shown: a file that large is read in the editor or downloaded. */
  static final int MAX_ROWS = 2000;

  private RuleDiff() {}

  /**
   * One row of the side-by-side view.
   *
   * @param kind {@code same}, {@code removed}, {@code added}, {@code changed}, or {@code folded}
   *     (unchanged lines not shown; {@code left} holds how many)
   * @param before line number before, or null when the row has no line there
   * @param after line number after, or null
   */
  public record Row(String kind, Integer before, String left, Integer after, String right)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One line of a unified diff with how to colour it: {@code added}, {@code removed}, … */
  public record UnifiedLine(String kind, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The rows for a file's text before and after (null: the file did not exist on that side). */
  static List<Row> sideBySide(String before, String after) {
    List<String> old = lines(before);
    List<String> now = lines(after);
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      int start = delta.getSource().getPosition();
      while (i < start) {
        rows.add(new Row("same", i + 1, old.get(i), j + 1, now.get(j)));
        i++;
        j++;
      }
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
        boolean left = k < removed.size();
        boolean right = k < added.size();
        rows.add(
            new Row(
                left && right ? "changed" : left ? "removed" : "added",
                left ? i + k + 1 : null,
                left ? removed.get(k) : "",
                right ? j + k + 1 : null,
                right ? added.get(k) : ""));
      }
      i += removed.size();
      j += added.size();
    }
    while (i < old.size()) {
      rows.add(new Row("same", i + 1, old.get(i), j + 1, now.get(j)));
      i++;
      j++;
    }
    List<Row> folded = fold(rows);
    return folded.size() > MAX_ROWS ? folded.subList(0, MAX_ROWS) : folded;
  }

  /** Whether the side-by-side rows of this change were cut at {@link #MAX_ROWS}. */
  static boolean truncated(List<Row> rows) {
    return rows.size() >= MAX_ROWS;
  }

  /** The lines of a unified diff, each marked by its first character. */
  static List<UnifiedLine> unified(String diff) {
    if (diff == null || diff.isEmpty()) {
      return List.of();
    }
    List<UnifiedLine> lines = new ArrayList<>();
    for (String line : diff.split("\n", -1)) {
      String kind;
      if (line.startsWith("+++") || line.startsWith("---")) {
        kind = "file";
      } else if (line.startsWith("@@")) {
        kind = "hunk";
      } else if (line.startsWith("+")) {
        kind = "added";
      } else if (line.startsWith("-")) {
        kind = "removed";
      } else {
        kind = "same";
      }
      lines.add(new UnifiedLine(kind, line));
      if (lines.size() >= MAX_ROWS) {
        break;
      }
    }
    return lines;
  }

  /** Keeps {@link #CONTEXT} unchanged lines around each change and folds the rest. */
  private static List<Row> fold(List<Row> rows) {
    List<Row> shown = new ArrayList<>();
    int k = 0;
    while (k < rows.size()) {
      if (!rows.get(k).kind().equals("same")) {
        shown.add(rows.get(k++));
        continue;
      }
      int end = k;
      while (end < rows.size() && rows.get(end).kind().equals("same")) {
        end++;
      }
      int keepBefore = k == 0 ? 0 : CONTEXT;
      int keepAfter = end == rows.size() ? 0 : CONTEXT;
      if (end - k <= keepBefore + keepAfter + 1) {
        shown.addAll(rows.subList(k, end));
      } else {
        shown.addAll(rows.subList(k, k + keepBefore));
        int hidden = end - k - keepBefore - keepAfter;
        shown.add(new Row("folded", null, String.valueOf(hidden), null, ""));
        shown.addAll(rows.subList(end - keepAfter, end));
      }
      k = end;
    }
    return shown;
  }

  /** A text's lines; a final line break does not start another line. */
  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return List.of(body.split("\n", -1));
  }
}
