package dev.relata.platform.identity;

import java.time.Instant;

/** A bearer token as handed to the client once; only its hash is stored. */
public record IssuedToken(String token, Instant expiresAt) {}
