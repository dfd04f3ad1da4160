package dev.relata.platform.identity;

import java.time.Instant;

/**
 * What a user sees of their own account.
 *
 * @param departmentName the name of their department, or null
 * @param passwordExpiresAt when their password expires, or null if the policy has no expiry
 */
public record Profile(
    User user, String departmentName, Instant passwordExpiresAt, TotpStatus twoFactor) {}
