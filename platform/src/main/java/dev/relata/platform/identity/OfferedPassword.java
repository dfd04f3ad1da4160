package dev.relata.platform.identity;

/**
 * A password someone typed, to be checked against an account's stored hash under the {@link
 * Lockout}. A class rather than a record, so that no {@code toString} ever prints the password.
 */
final class OfferedPassword implements Lockout.Secret {
  private final PasswordHasher hasher;
  private final String password;
  private final String storedHash;

  /**
   * @param storedHash the account's hash; null if it has none, which no password matches
   */
  OfferedPassword(PasswordHasher hasher, String password, String storedHash) {
    this.hasher = hasher;
    this.password = password;
    this.storedHash = storedHash;
  }

  @Override
  public boolean matches() {
    return storedHash != null
        && password.length() <= SecurityPolicy.MOST_MAX_LENGTH
        && hasher.verify(password.toCharArray(), storedHash);
  }

  @Override
  public void spendCheckTime() {
    hasher.verifyNothing(password.toCharArray());
  }
}
