package dev.relata.webapp.it;

/**
 * Users other than the bootstrap administrator, made through {@code POST /api/v1/admin/users}.
 * That endpoint comes with the user administration branch; until it is merged, tests that need a
 * second user fail at {@link #create}, saying so.
 */
public final class TestUsers {
  private TestUsers() {}

  /** Creates a user with the given roles (none: an ordinary user) and signs them in. */
  public static Api create(String username, String password, String... roles) {
    StringBuilder roleList = new StringBuilder();
    for (String role : roles) {
      roleList.append(roleList.isEmpty() ? "" : ",").append('"').append(role).append('"');
    }
    Api.Reply created = Api.admin().post("/api/v1/admin/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"" + username + "\",\"password\":\"" + password + "\","
        + "\"roles\":[" + roleList + "]}");
    if (created.status() != 201 && created.status() != 200) {
      throw new IllegalStateException("POST /api/v1/admin/users is needed to create a test user"
          + " (it comes with the user administration branch): " + created);
    }
    Api.Reply token = Api.anonymous().post("/api/v1/auth/token",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    if (token.status() != 200) {
      throw new IllegalStateException("Cannot sign in as " + username + ": " + token);
    }
    return Api.anonymous().withToken(token.json().get("token").asText());
  }
}
