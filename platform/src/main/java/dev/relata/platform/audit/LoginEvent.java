package dev.relata.platform.audit;

import java.time.Instant;

/**
 * One sign-in attempt as the login log holds it.
 *
 * @param username as the client typed it (cut to 100 characters); may be null
 * @param userId the user it named, or null when it named none
 * @param outcome a {@link LoginOutcome#code()}
 */
public record LoginEvent(
    long id,
    Instant occurredAt,
    String username,
    Long userId,
    String outcome,
    String channel,
    String address,
    String userAgent) {}
