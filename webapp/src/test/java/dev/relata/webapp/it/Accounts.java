package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Users the admin API tests stand on, made through that API with unique names (tests share one
 * server), and clients signed in as them.
 */
public final class Accounts {
  public static final String PASSWORD = "a quiet lighthouse keeper";

  private Accounts() {}

  /** A new user with these roles (JSON array body, e.g. {@code "sales_rep"}); returns it. */
  public static JsonNode user(String prefix, String... roles) {
    String username = ApiErrors.uniqueName(prefix);
    StringBuilder list = new StringBuilder();
    for (String role : roles) {
      list.append(list.length() == 0 ? "" : ", ").append('"').append(role).append('"');
    }
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/v1/admin/users",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \""
                    + username
                    + "\", \"password\": \""
                    + PASSWORD
                    + "\", \"roles\": ["
                    + list
                    + "]}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  /** A client signed in as this user. */
  public static Api signedIn(JsonNode user) {
    Api.Reply reply =
        Api.anonymous()
            .post(
                "/api/v1/auth/token",
                "{\"username\": \""
                    + user.get("username").asText()
                    + "\", \"password\": \""
                    + PASSWORD
                    + "\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return Api.anonymous().withToken(reply.json().get("token").asText());
  }
}
