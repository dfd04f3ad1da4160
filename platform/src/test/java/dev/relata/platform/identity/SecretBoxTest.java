package dev.relata.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final SecretBox box = new SecretBox(KEY);
  private final byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aSealedSecretOpensWithTheSameKeyAndContextOnly() {
    String sealed = box.seal(secret, "totp:1");

    assertThat(box.open(sealed, "totp:1")).isEqualTo(secret);
    assertThatThrownBy(() -> box.open(sealed, "totp:2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RELATA_SECRET_KEY");
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertThatThrownBy(() -> new SecretBox(otherKey).open(sealed, "totp:1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sealingTwiceGivesDifferentValuesAndATamperedValueDoesNotOpen() {
    String first = box.seal(secret, "totp:1");
    String second = box.seal(secret, "totp:1");
    char[] tampered = first.toCharArray();
    tampered[10] = tampered[10] == 'A' ? 'B' : 'A';

    assertThat(first).isNotEqualTo(second).startsWith("v1:");
    assertThatThrownBy(() -> box.open(new String(tampered), "totp:1"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> box.open("plain", "totp:1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyA256BitKeyIsAccepted() {
    assertThatThrownBy(() -> new SecretBox(Arrays.copyOf(KEY, 16)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
