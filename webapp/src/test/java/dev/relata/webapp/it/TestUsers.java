package dev.relata.webapp.it;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Users of their own for tests that lock, enrol or change the password of an account, or act
 * without the admin role (never the shared {@code admin}). Made through the admin API by {@link
 * Accounts}.
 */
public final class TestUsers {
  public static final String PASSWORD = Accounts.PASSWORD;

  private TestUsers() {}

  /** A user who may be signed in as. */
  public record TestUser(long id, String username, String password) {
    public Api api() {
      return Api.signIn(username, password);
    }
  }

  /** A new active user with these roles (none: an ordinary user), named prefix and a suffix. */
  public static TestUser create(String prefix, String... roles) {
    JsonNode user = Accounts.user(prefix, roles);
    return new TestUser(user.get("id").asLong(), user.get("username").asText(), PASSWORD);
  }
}
