package dev.relata.platform.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) and recovery
 * codes. Enrolment stores a new secret with {@code totp_enabled} false; the first correct code
 * turns two-factor on and hands out the recovery codes. A code is accepted for the current step and
 * one step either side (clock drift), and only for a step later than the last one used, so a code
 * seen over someone's shoulder cannot be replayed.
 */
public final class TwoFactor {
  static final Duration STEP = Duration.ofSeconds(30);
  private static final String ISSUER = "Relata";
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database database;
  private final SecretBox secrets;
  private final CurrentPassword currentPassword;
  private final AccountSecurity accountSecurity;
  private final RecoveryCodes recoveryCodes = new RecoveryCodes();
  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator(STEP);

  TwoFactor(
      Database database,
      CurrentPassword currentPassword,
      AccountSecurity accountSecurity,
      SecretBox secrets) {
    this.database = database;
    this.secrets = secrets;
    this.currentPassword = currentPassword;
    this.accountSecurity = accountSecurity;
  }

  public TotpStatus status(long userId) {
    return database.read(
        c -> {
          Secret secret = secret(c, userId);
          return new TotpStatus(
              secret.enabled(),
              !secret.enabled() && secret.key() != null,
              requiredFor(c, userId),
              recoveryCodes.unused(c, userId));
        });
  }

  /** Starts (or restarts) enrolment with a new secret; refused while two-factor is on. */
  public TotpEnrolment startEnrolment(long userId) {
    return database.transaction(
        c -> {
          Secret current = secret(c, userId);
          if (current.enabled()) {
            throw RelataException.conflict("two_factor.already_on_enrol");
          }
          byte[] key = new byte[SECRET_BYTES];
          RANDOM.nextBytes(key);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE app_user SET totp_secret = ?,"
                      + " totp_last_step = NULL WHERE id = ? AND totp_enabled = FALSE")) {
            ps.setString(1, secrets.seal(key, context(userId)));
            ps.setLong(2, userId);
            ps.executeUpdate();
          }
          return enrolment(current.username(), key);
        });
  }

  /** The enrolment started and not yet confirmed, to show its QR code again. */
  public Optional<TotpEnrolment> pendingEnrolment(long userId) {
    return database.read(
        c -> {
          Secret secret = secret(c, userId);
          return secret.enabled() || secret.key() == null
              ? Optional.empty()
              : Optional.of(enrolment(secret.username(), secret.key()));
        });
  }

  /**
   * Turns two-factor on with the first code from the app.
   *
   * @return the new recovery codes, in clear, to be shown once
   */
  public List<String> confirm(long userId, String code) {
    return database.transaction(
        c -> {
          Secret secret = secret(c, userId);
          if (secret.enabled() || secret.key() == null) {
            throw new RelataException(
                ErrorKind.CONFLICT,
                secret.enabled()
                    ? Message.of("two_factor.already_on")
                    : Message.of("two_factor.nothing_to_confirm"));
          }
          Long step = matchingStep(secret.key(), code, Instant.now());
          if (step == null || !claim(c, userId, step, false)) {
            throw RelataException.invalid("code", "wrong", "two_factor.code_wrong");
          }
          return recoveryCodes.replace(c, userId);
        });
  }

  /** Turns two-factor off after checking the password; refused while a role requires it. */
  public void disable(Actor actor, String password) {
    currentPassword.require(actor.userId(), password);
    database.execute(
        c -> {
          if (requiredFor(c, actor.userId())) {
            throw RelataException.forbidden("two_factor.required_by_role");
          }
          accountSecurity.resetTwoFactor(c, actor.userId());
        });
  }

  /** Replaces the recovery codes after checking the password; the new codes, shown once. */
  public List<String> regenerateRecoveryCodes(Actor actor, String password) {
    currentPassword.require(actor.userId(), password);
    return database.transaction(
        c -> {
          if (!secret(c, actor.userId()).enabled()) {
            throw RelataException.conflict("two_factor.off_no_codes");
          }
          return recoveryCodes.replace(c, actor.userId());
        });
  }

  /**
   * Checks a second factor at sign-in: a current code from the app, or an unused recovery code,
   * which is then used up.
   */
  boolean verify(Connection c, long userId, String code) throws SQLException {
    Secret secret = secret(c, userId);
    if (!secret.enabled() || code == null || code.length() > 40) {
      return false;
    }
    Long step = matchingStep(secret.key(), code, Instant.now());
    if (step != null) {
      return claim(c, userId, step, true);
    }
    return recoveryCodes.use(c, userId, code);
  }

  /** Read on every sign-in, so it reads the flag alone and never opens the secret. */
  boolean enabled(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT totp_enabled FROM app_user WHERE id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** Whether a role of the user requires two-factor authentication. */
  boolean requiredFor(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM user_role ur"
                + " JOIN app_role r ON r.name = ur.role_name"
                + " WHERE ur.user_id = ? AND r.requires_totp = TRUE")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /**
   * Records {@code step} as the last one used, if it is later than the last one; the update is the
   * check, so the same code raced from two places is accepted once.
   */
  private static boolean claim(Connection c, long userId, long step, boolean enabled)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET totp_last_step = ?,"
                + " totp_enabled = TRUE WHERE id = ? AND totp_enabled = ?"
                + " AND (totp_last_step IS NULL OR totp_last_step < ?)")) {
      ps.setLong(1, step);
      ps.setLong(2, userId);
      ps.setBoolean(3, enabled);
      ps.setLong(4, step);
      return ps.executeUpdate() == 1;
    }
  }

  /** The time step within ±1 of now whose code this is, or null. */
  private Long matchingStep(byte[] keyBytes, String code, Instant now) {
    String digits = code == null ? "" : code.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}")) {
      return null;
    }
    int wanted = Integer.parseInt(digits);
    Key key = new SecretKeySpec(keyBytes, generator.getAlgorithm());
    long current = now.getEpochSecond() / STEP.getSeconds();
    try {
      for (long step = current + 1; step >= current - 1; step--) {
        if (generator.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds()))
            == wanted) {
          return step;
        }
      }
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("A stored TOTP secret is unusable", e);
    }
    return null;
  }

  private static TotpEnrolment enrolment(String username, byte[] key) {
    String secret = Base32.encode(key);
    String label =
        URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
    String uri =
        "otpauth://totp/"
            + label
            + "?secret="
            + secret
            + "&issuer="
            + ISSUER
            + "&algorithm=SHA1&digits=6&period="
            + STEP.getSeconds();
    return new TotpEnrolment(secret, uri, QrCodes.pngDataUri(uri));
  }

  private Secret secret(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT username, totp_secret, totp_enabled FROM app_user WHERE id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw RelataException.notFound("user.not_found");
        }
        String stored = rs.getString(2);
        return new Secret(
            rs.getString(1),
            stored == null ? null : secrets.open(stored, context(userId)),
            rs.getBoolean(3));
      }
    }
  }

  /** Seals a secret to its user, so that a secret copied to another user's row does not open. */
  private static String context(long userId) {
    return "totp:" + userId;
  }

  private record Secret(String username, byte[] key, boolean enabled) {}
}
