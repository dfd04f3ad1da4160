package dev.relata.rules.manage;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.relata.rules.build.RuleKind;
import dev.relata.rules.store.RuleRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A revision with what it changed: for each file added, changed or removed against the revision
 * before it, a unified diff (text files) and both contents, for a side-by-side view.
 *
 * @param previous the revision before it, or null for the first
 */
public record RevisionDetail(RuleRevision revision, Long previous, List<FileChange> files) {
  private static final int CONTEXT_LINES = 3;

  /**
   * @param before the content before, or null for an added file
   * @param after the content after, or null for a removed file
   * @param diff a unified diff; empty for binary files
   */
  public record FileChange(String path, String change, String before, String after, String diff) {}

  static RevisionDetail of(
      RuleRevision revision, Long previous, Map<String, String> before, Map<String, String> after) {
    List<FileChange> files = new ArrayList<>();
    for (String path : revision.added()) {
      files.add(change(path, "added", null, after.get(path)));
    }
    for (String path : revision.changed()) {
      files.add(change(path, "changed", before.get(path), after.get(path)));
    }
    for (String path : revision.removed()) {
      files.add(change(path, "removed", before.get(path), null));
    }
    return new RevisionDetail(revision, previous, files);
  }

  private static FileChange change(String path, String change, String before, String after) {
    boolean binary = RuleKind.of(path).map(RuleKind::binary).orElse(false);
    if (binary) {
      return new FileChange(path, change, null, null, "");
    }
    List<String> old = lines(before);
    List<String> now = lines(after);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            before == null ? "/dev/null" : "a/" + path,
            after == null ? "/dev/null" : "b/" + path,
            old,
            DiffUtils.diff(old, now),
            CONTEXT_LINES);
    return new FileChange(path, change, before, after, String.join("\n", diff));
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }
}
