package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Departments for tests, made through the admin API as an administrator would. */
public final class TestDepartments {
  private TestDepartments() {}

  /** A new department named {@code name} below {@code parent} (null: at the root). */
  public static JsonNode create(String name, JsonNode parent) {
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/v1/admin/departments",
                "{\"name\": \""
                    + name
                    + "\", \"labels\": {\"en\": \""
                    + name
                    + "\", \"zh-CN\": \"部门\"}, \"parent\": "
                    + (parent == null ? "null" : parent.get("id").asText())
                    + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }
}
