package dev.relata.webapp.faces.admin;

import dev.relata.metadata.files.DefinitionDiff;
import java.io.Serializable;
import java.util.List;

/** One metadata revision with the list of what it changed. */
public final class RevisionRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long id;
  private final String at;
  private final String author;
  private final String summary;
  private final List<Change> changes;

  /** One changed path, its value before and after ("" when it did not exist). */
  public record Change(String path, String before, String after) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Change of(DefinitionDiff.Change change) {
      return new Change(
          change.path(),
          change.before() == null ? "" : change.before(),
          change.after() == null ? "" : change.after());
    }
  }

  public RevisionRow(long id, String at, String author, String summary, List<Change> changes) {
    this.id = id;
    this.at = at;
    this.author = author;
    this.summary = summary;
    this.changes = List.copyOf(changes);
  }

  public long getId() {
    return id;
  }

  public String getAt() {
    return at;
  }

  public String getAuthor() {
    return author;
  }

  public String getSummary() {
    return summary;
  }

  public List<Change> getChanges() {
    return changes;
  }
}
