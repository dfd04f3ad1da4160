package dev.relata.platform.organisation;

import dev.relata.metadata.model.Labels;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named role. What a role may do is decided by the access model; here a role has its labels,
 * whether it is built in ({@code admin} is, and cannot be deleted), and whether its holders must
 * sign in with two-factor.
 */
public record Role(
    String name,
    Labels labels,
    String description,
    boolean systemRole,
    boolean requiresTotp,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The state the audit log keeps. */
  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("labels", labels.values());
    state.put("description", description);
    state.put("requiresTotp", requiresTotp);
    return state;
  }
}
