package dev.relata.platform.testing;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/** What an authenticator app does, for tests: the code of a Base32 secret at a moment. */
public final class Totp {
  private static final TimeBasedOneTimePasswordGenerator GENERATOR =
      new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30));

  private Totp() {}

  public static String code(String base32Secret, Instant at) {
    try {
      return GENERATOR.generateOneTimePasswordString(
          new SecretKeySpec(decode(base32Secret), GENERATOR.getAlgorithm()), at);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String now(String base32Secret) {
    return code(base32Secret, Instant.now());
  }

  static byte[] decode(String base32) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char ch : base32.replace("=", "").toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(ch);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
