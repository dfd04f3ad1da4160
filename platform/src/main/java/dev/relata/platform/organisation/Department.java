package dev.relata.platform.organisation;

import dev.relata.metadata.model.Labels;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A department in the tree. {@code path} lists the ids from the root down to this department
 * ({@code /1/4/9/}), so "this department and everything below it" is one prefix match.
 */
public record Department(
    long id,
    String name,
    Labels labels,
    Long parentId,
    Long headUserId,
    String path,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** How deep in the tree: 0 for a root. */
  public int depth() {
    return (int) path.chars().filter(ch -> ch == '/').count() - 2;
  }

  /** Whether {@code other} is this department or lies below it. */
  public boolean contains(Department other) {
    return other.path.startsWith(path);
  }

  /** The state the audit log keeps. */
  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("labels", labels.values());
    state.put("parent", parentId);
    state.put("head", headUserId);
    state.put("path", path);
    return state;
  }
}
