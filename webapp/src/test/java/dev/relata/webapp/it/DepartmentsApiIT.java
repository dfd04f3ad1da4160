package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The department tree over REST: admins only, no cycles, only empty departments go. */
class DepartmentsApiIT {
  private final Api admin = Api.admin();

  private static String path(JsonNode department) {
    return "/api/v1/admin/departments/" + department.get("id").asText();
  }

  @Test
  void theDemoTreeIsThereAndANewDepartmentSitsBelowItsParent() {
    JsonNode root = TestDepartments.create(uniqueName("hq"), null);
    JsonNode child = TestDepartments.create(uniqueName("team"), root);

    assertThat(child.get("path").asText())
        .isEqualTo(root.get("path").asText() + child.get("id").asText() + "/");
    assertThat(child.get("labels").get("zh-CN").asText()).isEqualTo("部门");
    assertThat(admin.get("/api/v1/admin/departments").json().get("items").findValuesAsText("name"))
        .contains("Head office", "Sales East", "Sales North", root.get("name").asText());
    Api.Reply read = admin.get(path(child));
    assertThat(read.response().headers().firstValue("ETag"))
        .hasValue("\"" + child.get("version").asText() + "\"");
  }

  @Test
  void aMoveThatWouldMakeACycleIs422NamingParentAndAMoveCarriesTheSubtree() {
    JsonNode root = TestDepartments.create(uniqueName("a"), null);
    JsonNode middle = TestDepartments.create(uniqueName("b"), root);
    JsonNode leaf = TestDepartments.create(uniqueName("c"), middle);
    JsonNode other = TestDepartments.create(uniqueName("d"), null);

    JsonNode cycle =
        assertError(
            admin.patch(
                path(root), "{\"parent\": " + leaf.get("id").asText() + ", \"version\": 1}"),
            422,
            "validation_failed");
    Api.Reply moved =
        admin.patch(
            path(middle),
            "{\"parent\": " + other.get("id").asText() + "}",
            "\"" + middle.get("version").asText() + "\"");

    assertThat(cycle.get("fields").get(0).get("field").asText()).isEqualTo("parent");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(admin.get(path(leaf)).json().get("path").asText())
        .isEqualTo(
            other.get("path").asText()
                + middle.get("id").asText()
                + "/"
                + leaf.get("id").asText()
                + "/");
  }

  @Test
  void aStaleVersionIs409() {
    JsonNode department = TestDepartments.create(uniqueName("v"), null);
    admin.patch(path(department), "{\"name\": \"first\", \"version\": 1}");

    assertError(
        admin.patch(path(department), "{\"name\": \"second\", \"version\": 1}"), 409, "conflict");

    assertThat(admin.get(path(department)).json().get("name").asText()).isEqualTo("first");
  }

  @Test
  void aDepartmentWithChildrenOrUsersIsNotDeletedButAnEmptyOneIs() {
    JsonNode parent = TestDepartments.create(uniqueName("p"), null);
    JsonNode child = TestDepartments.create(uniqueName("k"), parent);
    JsonNode user = Accounts.user("member");
    admin.patch(
        "/api/v1/admin/users/" + user.get("id").asText(),
        "{\"department\": "
            + child.get("id").asText()
            + ", \"version\": "
            + user.get("version").asText()
            + "}");

    JsonNode withChildren = assertError(admin.delete(path(parent)), 409, "conflict");
    JsonNode withUsers = assertError(admin.delete(path(child)), 409, "conflict");
    JsonNode empty = TestDepartments.create(uniqueName("e"), null);

    assertThat(withChildren.get("message").asText()).contains("1 sub-department");
    assertThat(withUsers.get("message").asText()).contains("1 user");
    assertThat(admin.delete(path(empty)).status()).isEqualTo(204);
    assertThat(admin.get(path(empty)).status()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedAndInjectionLookingNamesAreStoredLiterally() {
    String literal = "x'); DROP TABLE department;-- " + uniqueName("n");

    assertError(
        admin.post("/api/v1/admin/departments", "{\"name\": 42}"), 422, "validation_failed");
    assertError(
        admin.post("/api/v1/admin/departments", "{\"name\": \"" + "x".repeat(101) + "\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post("/api/v1/admin/departments", "{\"name\": \"n\", \"parent\":" + " \"root\"}"),
        422,
        "validation_failed");
    assertError(admin.post("/api/v1/admin/departments", "[1]"), 400, "bad_request");
    JsonNode stored = TestDepartments.create(literal, null);

    assertThat(admin.get(path(stored)).json().get("name").asText()).isEqualTo(literal);
  }

  @Test
  void aNonAdminGets403OnEveryDepartmentEndpointAndNothingChanges() {
    JsonNode department = TestDepartments.create(uniqueName("guarded"), null);
    Api rep = Accounts.signedIn(Accounts.user("rep", "sales_rep"));

    assertError(rep.get("/api/v1/admin/departments"), 403, "forbidden");
    assertError(rep.post("/api/v1/admin/departments", "{\"name\": \"mine\"}"), 403, "forbidden");
    assertError(rep.get(path(department)), 403, "forbidden");
    assertError(
        rep.patch(path(department), "{\"name\": \"mine\", \"version\": 1}"), 403, "forbidden");
    assertError(rep.patch(path(department), "not json"), 403, "forbidden");
    assertError(rep.delete(path(department)), 403, "forbidden");
    assertError(rep.get("/api/v1/admin/departments/999999"), 403, "forbidden");

    assertThat(admin.get(path(department)).json().get("name").asText())
        .isEqualTo(department.get("name").asText());
  }
}
