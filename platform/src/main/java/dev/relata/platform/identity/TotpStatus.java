package dev.relata.platform.identity;

/**
 * A user's two-factor state.
 *
 * @param enabled two-factor is on: sign-in needs a code
 * @param pending an enrolment was started and awaits its confirming code
 * @param required a role of the user requires two-factor
 * @param recoveryCodesLeft unused recovery codes
 */
public record TotpStatus(
    boolean enabled, boolean pending, boolean required, int recoveryCodesLeft) {}
