package dev.relata.platform.organisation;

import dev.relata.platform.identity.User;

/**
 * The outcome of creating a user or resetting a password: the user, and the password if the
 * platform generated it. A generated password is shown once and never stored in clear.
 */
public record NewPassword(User user, String generatedPassword) {}
