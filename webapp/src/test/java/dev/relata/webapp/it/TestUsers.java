package dev.relata.webapp.it;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * Users of their own for tests that lock, enrol or change the password of an account (never the
 * shared {@code admin}). They are made through {@code POST /api/v1/admin/users}, which comes with
 * the organisation work; every test that uses this helper is tagged {@value #NEEDS_USERS_API} so
 * that, until that endpoint is merged, those tests are easy to find (and to exclude).
 */
public final class TestUsers {
  /** The JUnit tag of tests that need {@code POST /api/v1/admin/users}. */
  public static final String NEEDS_USERS_API = "needs-admin-users-api";
  public static final String PASSWORD = "a quiet lighthouse keeper";

  private TestUsers() {}

  /** A user who may be signed in as. */
  public record TestUser(long id, String username, String password) {
    public Api api() {
      return Api.signIn(username, password);
    }
  }

  /** A new active user without roles, named {@code prefix} and a random suffix. */
  public static TestUser create(String prefix) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("username", username)
        .put("displayName", "Test " + prefix).put("password", PASSWORD);
    body.putArray("roles");
    Api.Reply reply = Api.admin().post("/api/v1/admin/users", body.toString());
    if (reply.status() != 201 && reply.status() != 200) {
      throw new IllegalStateException("Cannot create a test user through POST"
          + " /api/v1/admin/users (merged yet?): " + reply);
    }
    return new TestUser(reply.json().get("id").asLong(), username, PASSWORD);
  }
}
