package dev.relata.webapp.rest.representation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Signing in and the caller's own account: profile, password, two-factor, personal tokens. */
public final class AccountRepresentations {
  private AccountRepresentations() {}

  @Schema(name = "TokenRequest", description = "Credentials to exchange for a bearer token.")
  public record TokenRequest(
      @Schema(requiredMode = REQUIRED, example = "admin") String username,
      @Schema(requiredMode = REQUIRED, format = "password") String password,
      @Schema(
              description =
                  "The authenticator app's current code or an unused recovery code, as text;"
                      + " needed when the account has two-factor on.",
              example = "123456",
              maxLength = 100)
          String totp) {}

  @Schema(name = "IssuedToken", description = "A bearer token and when it stops working.")
  public record IssuedToken(
      @Schema(description = "Send as Authorization: Bearer <token>.") String token,
      Instant expiresAt) {}

  @Schema(name = "Profile", description = "The caller's profile, roles and security state.")
  public record Profile(
      long id,
      String username,
      @Schema(nullable = true) String displayName,
      @Schema(nullable = true, format = "email") String email,
      @Schema(nullable = true) String phone,
      @Schema(nullable = true, description = "en or zh-CN.") String locale,
      @Schema(description = "Role names.") List<String> roles,
      @Schema(nullable = true) DepartmentRef department,
      @Schema(nullable = true, description = "The user id of the caller's manager.") Long managerId,
      @Schema(nullable = true) Instant passwordChangedAt,
      @Schema(nullable = true, description = "Null when the policy sets no expiry.")
          Instant passwordExpiresAt,
      TotpStatus twoFactor) {}

  @Schema(name = "DepartmentRef", description = "A department by id and name.")
  public record DepartmentRef(long id, String name) {}

  @Schema(name = "PasswordChange")
  public record PasswordChange(
      @Schema(requiredMode = REQUIRED, format = "password") String currentPassword,
      @Schema(
              requiredMode = REQUIRED,
              format = "password",
              description = "Must satisfy the security policy (length, not guessable, not reused).")
          String newPassword) {}

  @Schema(name = "CurrentPassword", description = "The caller's password, to confirm an action.")
  public record CurrentPassword(
      @Schema(requiredMode = REQUIRED, format = "password") String currentPassword) {}

  @Schema(name = "TotpStatus", description = "Two-factor state of an account.")
  public record TotpStatus(
      @Schema(description = "Two-factor is on.") boolean enabled,
      @Schema(description = "An enrolment was started and awaits its first code.") boolean pending,
      @Schema(description = "A role of the user requires two-factor.") boolean required,
      int recoveryCodesLeft) {}

  @Schema(name = "TotpEnrolment", description = "What an authenticator app needs to set up.")
  public record TotpEnrolment(
      @Schema(description = "The Base32 secret.") String secret,
      @Schema(format = "uri", description = "The otpauth:// URI.") String otpauthUri,
      @Schema(description = "A QR code of the URI, as a PNG data: URI.") String qrCode) {}

  @Schema(name = "TotpCode", description = "A code from the authenticator app.")
  public record TotpCode(@Schema(requiredMode = REQUIRED, example = "123456") String code) {}

  @Schema(name = "RecoveryCodes", description = "Ten recovery codes, shown this once.")
  public record RecoveryCodes(List<String> recoveryCodes) {}

  @Schema(name = "PersonalToken", description = "A personal API token, never the token itself.")
  public record PersonalToken(
      long id,
      String name,
      Instant createdAt,
      Instant expiresAt,
      @Schema(nullable = true) Instant lastUsedAt) {}

  @Schema(name = "PersonalTokenList")
  public record PersonalTokenList(List<PersonalToken> items) {}

  @Schema(name = "PersonalTokenInput", description = "A new personal API token.")
  public record PersonalTokenInput(
      @Schema(requiredMode = REQUIRED, maxLength = 1000) String name,
      @Schema(minimum = "1", maximum = "366", defaultValue = "90") Integer expiresInDays) {}

  @Schema(
      name = "CreatedPersonalToken",
      description = "A new personal token; token is shown this once, only its hash is kept.")
  public record CreatedPersonalToken(
      long id,
      String name,
      Instant createdAt,
      Instant expiresAt,
      @Schema(nullable = true) Instant lastUsedAt,
      String token) {}
}
