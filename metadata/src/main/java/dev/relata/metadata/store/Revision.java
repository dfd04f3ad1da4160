package dev.relata.metadata.store;

import dev.relata.metadata.model.EntityDefinition;
import java.time.Instant;

/**
 * One metadata change: who made it, when, and the entity's definition before (null when the change
 * created it) and after.
 */
public record Revision(
    long id,
    Instant createdAt,
    String author,
    String entity,
    String action,
    String summary,
    EntityDefinition before,
    EntityDefinition after) {}
