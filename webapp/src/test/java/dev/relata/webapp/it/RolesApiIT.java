package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Roles over REST: the defaults are seeded, requiresTotp is stored, admins only. */
class RolesApiIT {
  private final Api admin = Api.admin();

  @Test
  void theDefaultRolesAreSeededWithChineseLabels() {
    JsonNode items = admin.get("/api/v1/admin/roles").json().get("items");

    assertThat(items.findValuesAsText("name"))
        .contains(
            "admin",
            "sales_director",
            "sales_manager",
            "sales_rep",
            "customer_service",
            "service_manager",
            "finance",
            "contract_admin",
            "marketing");
    JsonNode rep = admin.get("/api/v1/admin/roles/sales_rep").json();
    assertThat(rep.get("labels").get("zh-CN").asText()).isEqualTo("销售代表");
    assertThat(rep.get("users").asLong()).isGreaterThan(0);
  }

  @Test
  void anAdminCreatesARoleSetsRequiresTotpAndDeletesIt() {
    String name = uniqueName("auditor");
    Api.Reply created =
        admin.post(
            "/api/v1/admin/roles",
            "{\"name\": \"" + name + "\", \"labels\": {\"en\": \"Auditor\", \"zh-CN\": \"审计\"}}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    Api.Reply changed =
        admin.patch("/api/v1/admin/roles/" + name, "{\"requiresTotp\": true}", "\"1\"");

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("requiresTotp").asBoolean()).isTrue();
    assertError(
        admin.patch(
            "/api/v1/admin/roles/" + name, "{\"requiresTotp\": false," + " \"version\": 1}"),
        409,
        "conflict");
    assertThat(admin.delete("/api/v1/admin/roles/" + name).status()).isEqualTo(204);
    assertError(admin.get("/api/v1/admin/roles/" + name), 404, "not_found");
  }

  @Test
  void badNamesWrongTypesAndUndeletableRolesAreRefused() {
    assertError(
        admin.post("/api/v1/admin/roles", "{\"name\": \"Bad Name\"}"), 422, "validation_failed");
    assertError(
        admin.post("/api/v1/admin/roles", "{\"name\": \"x'; drop table app_role;--\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post("/api/v1/admin/roles", "{\"name\": \"sales_rep\"}"), 422, "validation_failed");
    assertError(
        admin.post("/api/v1/admin/roles", "{\"name\": \"" + "a".repeat(41) + "\"}"),
        422,
        "validation_failed");
    assertError(
        admin.patch(
            "/api/v1/admin/roles/finance", "{\"requiresTotp\": \"yes\"," + " \"version\": 1}"),
        422,
        "validation_failed");
    assertThat(
            assertError(admin.delete("/api/v1/admin/roles/admin"), 409, "conflict")
                .get("message")
                .asText())
        .contains("built in");
    assertThat(
            assertError(admin.delete("/api/v1/admin/roles/sales_rep"), 409, "conflict")
                .get("message")
                .asText())
        .contains("held by");
  }

  @Test
  void aNonAdminGets403OnEveryRoleEndpointAndNothingChanges() {
    Api rep = Accounts.signedIn(Accounts.user("rep", "sales_rep"));
    String before = admin.get("/api/v1/admin/roles/admin").body();

    assertError(rep.get("/api/v1/admin/roles"), 403, "forbidden");
    assertError(rep.post("/api/v1/admin/roles", "{\"name\": \"mine\"}"), 403, "forbidden");
    assertError(rep.get("/api/v1/admin/roles/admin"), 403, "forbidden");
    assertError(
        rep.patch("/api/v1/admin/roles/admin", "{\"requiresTotp\": false," + " \"version\": 1}"),
        403,
        "forbidden");
    assertError(rep.delete("/api/v1/admin/roles/sales_rep"), 403, "forbidden");

    assertThat(admin.get("/api/v1/admin/roles/admin").body()).isEqualTo(before);
    assertThat(admin.get("/api/v1/admin/roles").json().get("items").findValuesAsText("name"))
        .doesNotContain("mine");
  }
}
