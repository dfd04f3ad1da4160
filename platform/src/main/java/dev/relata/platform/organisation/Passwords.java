package dev.relata.platform.organisation;

import java.security.SecureRandom;

/** Random passwords for new accounts and resets, without characters people confuse (0/O, 1/l). */
public final class Passwords {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** 20 characters: about 117 bits. */
  public static String generate() {
    return generate(20);
  }

  /** {@code length} characters, for a policy that asks for more than 20. */
  public static String generate(int length) {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < length; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
