package dev.relata.rules.manage;

import dev.relata.rules.build.RuleKind;
import java.time.Instant;

/**
 * A file of the working copy and how it stands against the rules in force.
 *
 * @param state {@code published} (as in force), {@code draft} (new or changed since), or {@code
 *     deleted} (removed, to take effect at the next publish)
 */
public record RuleFileStatus(
    String path,
    RuleKind kind,
    String state,
    long version,
    Instant updatedAt,
    String updatedBy,
    int size) {}
