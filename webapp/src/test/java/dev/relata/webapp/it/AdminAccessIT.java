package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signed-in user whose roles hold no system permission calls every administrative endpoint: each
 * answers 403 in the one error shape, and nothing an administrator can see has changed afterwards.
 */
class AdminAccessIT {
  private final Api admin = Api.admin();

  @Test
  void nonAdministratorIsRefusedEveryAdministrativeEndpointAndNothingChanges() {
    TestUsers.TestUser rep = TestUsers.create("rep", "sales_rep");
    Api user = rep.api();
    long departmentId =
        admin.get("/api/v1/admin/departments").json().get("items").get(0).get("id").asLong();
    String before = snapshot();

    List<Call> calls =
        List.of(
            new Call("GET", "/api/v1/admin/users", null),
            new Call(
                "POST",
                "/api/v1/admin/users",
                "{\"username\":\"intruder_x\",\"displayName\":\"X\","
                    + "\"password\":\"a sufficiently long passphrase 42\",\"roles\":[\"admin\"]}"),
            new Call("GET", "/api/v1/admin/users/" + rep.id(), null),
            new Call("PATCH", "/api/v1/admin/users/" + rep.id(), "{\"roles\":[\"admin\"]}"),
            new Call("POST", "/api/v1/admin/users/" + rep.id() + "/deactivate", "{}"),
            new Call("POST", "/api/v1/admin/users/" + rep.id() + "/activate", "{}"),
            new Call("POST", "/api/v1/admin/users/" + rep.id() + "/unlock", "{}"),
            new Call("POST", "/api/v1/admin/users/" + rep.id() + "/reset-password", "{}"),
            new Call("DELETE", "/api/v1/admin/users/" + rep.id() + "/totp", null),
            new Call("GET", "/api/v1/admin/departments", null),
            new Call("POST", "/api/v1/admin/departments", "{\"name\":\"rogue\"}"),
            new Call("GET", "/api/v1/admin/departments/" + departmentId, null),
            new Call(
                "PATCH", "/api/v1/admin/departments/" + departmentId, "{\"name\":\"renamed\"}"),
            new Call("DELETE", "/api/v1/admin/departments/" + departmentId, null),
            new Call("GET", "/api/v1/admin/roles", null),
            new Call("POST", "/api/v1/admin/roles", "{\"name\":\"rogue_role\"}"),
            new Call("GET", "/api/v1/admin/roles/sales_rep", null),
            new Call("PATCH", "/api/v1/admin/roles/sales_rep", "{\"requiresTotp\":false}"),
            new Call("DELETE", "/api/v1/admin/roles/marketing", null),
            new Call("GET", "/api/v1/admin/roles/sales_rep/permissions", null),
            new Call(
                "PUT",
                "/api/v1/admin/roles/sales_rep/permissions",
                "[{\"entity\":\"customer\",\"action\":\"read\",\"scope\":\"all\"}]"),
            new Call("GET", "/api/v1/admin/roles/sales_rep/field-permissions", null),
            new Call("PUT", "/api/v1/admin/roles/sales_rep/field-permissions", "[]"),
            new Call("GET", "/api/v1/admin/roles/sales_rep/system-permissions", null),
            new Call(
                "PUT",
                "/api/v1/admin/roles/sales_rep/system-permissions",
                "[\"manage_users\",\"manage_roles\"]"),
            new Call("GET", "/api/v1/admin/access/policy", null),
            new Call(
                "PUT",
                "/api/v1/admin/access/policy",
                "{\"roles\":{\"sales_rep\":{\"system\":[\"manage_roles\"]}}}"),
            new Call("GET", "/api/v1/admin/access/revisions", null),
            new Call("POST", "/api/v1/admin/access/revisions/1/rollback", null),
            new Call("GET", "/api/v1/admin/security-policy", null),
            new Call("PUT", "/api/v1/admin/security-policy", "{\"minLength\":1}"),
            new Call("GET", "/api/v1/admin/logins", null),
            new Call("GET", "/api/v1/admin/audit", null),
            new Call(
                "POST",
                "/api/v1/metadata/entities",
                "{\"name\":\"rogue_entity\"," + "\"labels\":{\"en\":\"Rogue\"},\"fields\":[]}"),
            new Call("DELETE", "/api/v1/metadata/entities/customer", null));

    for (Call call : calls) {
      Api.Reply reply =
          user.send(
              call.method(),
              call.path(),
              call.body() == null ? null : "application/json",
              call.body());
      assertError(reply, 403, "forbidden");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  /**
   * What an administrator sees of users, departments, roles, the security and access policies,
   * audit and metadata.
   */
  private String snapshot() {
    return String.join(
        "\n",
        admin.get("/api/v1/admin/users?size=100").body(),
        admin.get("/api/v1/admin/departments").body(),
        admin.get("/api/v1/admin/roles").body(),
        admin.get("/api/v1/admin/security-policy").body(),
        admin.get("/api/v1/admin/access/policy").body(),
        admin.get("/api/v1/admin/access/revisions?size=1").body(),
        admin.get("/api/v1/admin/audit?size=1").json().get("total").asText(),
        admin.get("/api/v1/metadata/entities").body());
  }

  private record Call(String method, String path, String body) {}
}
