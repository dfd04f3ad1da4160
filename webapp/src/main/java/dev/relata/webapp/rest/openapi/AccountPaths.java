package dev.relata.webapp.rest.openapi;

/**
 * Signing in ({@code AuthResource}), the caller's own account ({@code MeResource}) and finding
 * users ({@code UserResource}).
 */
final class AccountPaths {
  private AccountPaths() {}

  static void addTo(PathTable table) {
    table.post(
        "/auth/token",
        Op.of("signIn", "auth", "Exchange a username and password for a bearer token")
            .description(
                "Wrong credentials, an unknown user and a locked account answer the same 401."
                    + " totp is needed when the account has two-factor on; an expired password or"
                    + " a role that requires two-factor not yet set up answer 401 with a message"
                    + " that sends the user to the web app.")
            .anonymous()
            .body("TokenRequest", true, "The credentials.")
            .ok("IssuedToken", "Signed in.")
            .errors(400, 401, 422));
    table.delete(
        "/auth/token",
        Op.of("signOut", "auth", "Sign out: the token this request carries stops working")
            .description(
                "204 whether or not the token still worked, so signing out twice is harmless; a"
                    + " personal token sent here is revoked too.")
            .noContent("Signed out."));

    table.get(
        "/me",
        Op.of("getProfile", "me", "The caller's profile")
            .description("Roles, department and security state of the signed-in user.")
            .ok("Profile", "The profile.")
            .errors(401));
    table.post(
        "/me/password",
        Op.of("changePassword", "me", "Change the caller's password")
            .description(
                "Ends every session and token of the caller, this one included. A wrong current"
                    + " password is 422 on currentPassword and counts towards the lockout; a new"
                    + " one that breaks the policy is 422 on newPassword.")
            .body("PasswordChange", true, "The current and the new password.")
            .noContent("Changed; sign in again.")
            .errors(400, 401, 422));
    table.get(
        "/me/totp",
        Op.of("getTwoFactorStatus", "me", "Two-factor state of the caller")
            .description(
                "Whether it is on, pending or required, and how many recovery codes are left.")
            .ok("TotpStatus", "The state.")
            .errors(401));
    table.post(
        "/me/totp/enrolment",
        Op.of("startTwoFactorEnrolment", "me", "Start setting up an authenticator app")
            .description("Confirm with POST /api/v1/me/totp/confirm. 409 if two-factor is on.")
            .ok("TotpEnrolment", "The secret and its QR code.")
            .errors(401, 409));
    table.post(
        "/me/totp/confirm",
        Op.of("confirmTwoFactor", "me", "Turn two-factor on with a code from the app")
            .description(
                "Answers ten recovery codes, shown this once. A wrong code is 422 on code; 409"
                    + " when no set-up is waiting.")
            .body("TotpCode", true, "The app's current code.")
            .ok("RecoveryCodes", "Two-factor is on.")
            .errors(400, 401, 409, 422));
    table.post(
        "/me/totp/disable",
        Op.of("disableTwoFactor", "me", "Turn two-factor off")
            .description(
                "A POST with the password in the body rather than a DELETE, whose body servers may"
                    + " drop. 403 while a role of the caller requires two-factor.")
            .body("CurrentPassword", true, "The caller's password.")
            .noContent("Two-factor is off.")
            .errors(400, 401, 403, 422));
    table.post(
        "/me/totp/recovery-codes",
        Op.of("regenerateRecoveryCodes", "me", "Replace the recovery codes")
            .description("The old codes stop working. 409 when two-factor is off.")
            .body("CurrentPassword", true, "The caller's password.")
            .ok("RecoveryCodes", "Ten new codes, shown this once.")
            .errors(400, 401, 409, 422));
    table.get(
        "/me/tokens",
        Op.of("listPersonalTokens", "me", "The caller's personal API tokens")
            .description("Those that still work; never the tokens themselves.")
            .ok("PersonalTokenList", "The tokens.")
            .errors(401));
    table.post(
        "/me/tokens",
        Op.of("createPersonalToken", "me", "Make a personal API token")
            .description(
                "The answer's token is shown this once; only its hash is kept. 409 when the caller"
                    + " already has as many as allowed.")
            .body("PersonalTokenInput", true, "Its name and lifetime.")
            .created("CreatedPersonalToken", "Made.", false)
            .errors(400, 401, 409, 422));
    table.delete(
        "/me/tokens/{id}",
        Op.of("revokePersonalToken", "me", "Revoke one of the caller's personal tokens")
            .description("Another user's token, like one that does not exist, is 404.")
            .path("id", Schemas.id(), "The token's id.")
            .noContent("Revoked.")
            .errors(401, 404));

    table.get(
        "/users",
        Op.of("searchUsers", "users", "Find active users by name")
            .description(
                "To fill an owner or user field: q is found in the username or display name.")
            .query("q", Schemas.text(), "Text to find.")
            .query("size", Schemas.int32(1, 100, 20), "How many to answer at most.")
            .ok("UserSummaryList", "The users.")
            .errors(400, 401));
  }
}
