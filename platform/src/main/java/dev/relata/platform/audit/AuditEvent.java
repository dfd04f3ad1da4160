package dev.relata.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One administrative change as the audit log holds it.
 *
 * @param actorId null for changes the system made itself (actor {@code system})
 * @param before the state before the change as JSON, or null when something was created
 * @param after the state after the change as JSON, or null when something was deleted
 */
public record AuditEvent(
    long id,
    Instant occurredAt,
    Long actorId,
    String actorUsername,
    String action,
    String targetType,
    String targetId,
    String targetLabel,
    JsonNode before,
    JsonNode after) {}
