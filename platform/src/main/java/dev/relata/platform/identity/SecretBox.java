package dev.relata.platform.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets for storage with AES-256-GCM under the installation key. Each sealed value is
 * bound to a context (e.g. the user it belongs to), so that a value copied into another row does
 * not open there. Stored form: {@code v1:} and Base64 of nonce and ciphertext.
 */
public final class SecretBox {
  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec key;

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The installation key must have 32 bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  public String seal(byte[] secret, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, context).doFinalUnchecked(secret);
    return PREFIX
        + Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  /**
   * The secret, or an exception if the value was not sealed under this key and context (another
   * installation key, another row, or tampered with).
   */
  public byte[] open(String stored, String context) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new IllegalStateException("A stored secret is not in the sealed form");
    }
    byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinalUnchecked(sealed);
  }

  private GcmCipher cipher(int mode, byte[] nonce, String context) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new GcmCipher(cipher);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  private record GcmCipher(Cipher cipher) {
    byte[] doFinalUnchecked(byte[] input) {
      try {
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "A stored secret does not open with this installation's"
                + " key (was RELATA_SECRET_KEY or the data folder's secret.key changed?)",
            e);
      }
    }
  }
}
