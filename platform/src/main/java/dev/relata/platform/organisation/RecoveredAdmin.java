package dev.relata.platform.organisation;

import dev.relata.platform.identity.User;

/**
 * What {@link AdminRecovery} did for a user.
 *
 * @param user the user as they are now: active, an administrator, two-factor off
 * @param password the new generated password, to be shown once; it must be changed at the next
 *     sign-in
 * @param wasLocked whether a lockout was lifted
 * @param wasDeactivated whether the account was deactivated and is active again
 * @param hadTwoFactor whether two-factor was on and has been turned off
 * @param madeAdmin whether the user was not an administrator before
 */
public record RecoveredAdmin(
    User user,
    String password,
    boolean wasLocked,
    boolean wasDeactivated,
    boolean hadTwoFactor,
    boolean madeAdmin) {}
