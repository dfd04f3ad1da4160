package dev.relata.metadata.access;

import java.time.Instant;

/** One stored version of the access policy. */
public record PolicyRevision(
    long id, Instant createdAt, String author, String summary, AccessPolicy policy) {}
