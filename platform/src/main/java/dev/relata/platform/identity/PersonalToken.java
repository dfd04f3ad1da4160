package dev.relata.platform.identity;

import java.time.Instant;

/** A personal API token as its owner sees it in a list: never the token itself. */
public record PersonalToken(
    long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}
