package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The access policy over REST on the running server: each role's matrix, field and system
 * permissions behind If-Match, bad bodies refused whole, the policy file's round trip, versions and
 * rollback; system permissions counted from the next request, and no way up through a delegated
 * user manager. The policy is global, so each test changes only roles it makes itself.
 */
class AccessApiIT {
  private static final String ROLES = "/api/v1/admin/roles/";
  private static final String ACCESS = "/api/v1/admin/access";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Api admin = Api.admin();

  @Test
  void theShippedPolicyOfSalesRepIsAnsweredAsTheDocumentDescribes() {
    Api.Reply matrix = admin.get(ROLES + "sales_rep/permissions");
    Api.Reply fields = admin.get(ROLES + "sales_rep/field-permissions");
    Api.Reply system = admin.get(ROLES + "sales_rep/system-permissions");
    int entities = admin.get("/api/v1/metadata/entities").json().get("items").size();
    OpenApiContract contract = contract();

    assertThat(matrix.status()).as(matrix.toString()).isEqualTo(200);
    assertThat(cells(matrix.json(), "action", "scope"))
        .contains("opportunity.read=own", "opportunity.edit=own", "opportunity.export=none")
        .hasSize(entities * 8);
    assertThat(cells(fields.json(), "field", "access")).contains("opportunity.probability=read");
    assertThat(system.json()).isEmpty();
    assertThat(etag(matrix)).isEqualTo(quoted(activeRevision()));
    assertThat(contract.problems("PermissionMatrix", matrix.json())).isEmpty();
    assertThat(contract.problems("FieldPermissionList", fields.json())).isEmpty();
    assertThat(contract.problems("SystemPermissionList", system.json())).isEmpty();
  }

  @Test
  void aRolesMatrixIsReplacedWithIfMatchAndAStaleIfMatchChangesNothing() {
    String role = newRole();
    String path = ROLES + role + "/permissions";
    Api.Reply before = admin.get(path);

    Api.Reply changed =
        admin.ifMatch(
            "PUT",
            path,
            "["
                + cell("opportunity", "read", "own")
                + ", "
                + cell("customer", "read", "department")
                + "]",
            etag(before));
    Api.Reply stale =
        admin.ifMatch("PUT", path, "[" + cell("opportunity", "read", "all") + "]", etag(before));
    Api.Reply after = admin.get(path);

    assertThat(cells(before.json(), "action", "scope")).allMatch(c -> c.endsWith("=none"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(etag(changed)).isNotEqualTo(etag(before));
    assertThat(cells(changed.json(), "action", "scope"))
        .contains("opportunity.read=own", "customer.read=department", "opportunity.edit=none");
    assertError(stale, 409, "conflict");
    assertThat(after.body()).isEqualTo(changed.body());
    assertThat(etag(after)).isEqualTo(etag(changed));
    JsonNode audit =
        admin.get("/api/v1/admin/audit?action=role.permissions.update&targetId=" + role).json();
    assertThat(audit.get("total").asLong()).isEqualTo(1);
    assertThat(audit.get("items").get(0).get("after").toString()).contains("\"read\":\"own\"");
  }

  @Test
  void hostileAndMalformedBodiesAreRefusedWholeAndNothingChanges() {
    String role = newRole();
    String at = ROLES + role;
    String before = state(role);
    ObjectNode file = (ObjectNode) admin.get(ACCESS + "/policy").json();
    String threeMegabytes = "[\"" + "x".repeat(3 * 1024 * 1024) + "\"]";
    String opportunityRead = cell("opportunity", "read", "own");
    List<Call> calls =
        List.of(
            new Call(at + "/permissions", opportunityRead, 400, "bad_request", null),
            new Call(at + "/permissions", "[\"opportunity.read\"]", 400, "bad_request", null),
            new Call(
                at + "/permissions",
                "[{\"entity\": \"opportunity\", \"action\": \"read\", \"scope\": \"own\","
                    + " \"owner\": \"me\"}]",
                400,
                "bad_request",
                null),
            new Call(
                at + "/permissions",
                "[{\"entity\": \"opportunity\", \"action\": \"read\", \"scope\": 5}]",
                400,
                "bad_request",
                null),
            new Call(
                at + "/permissions",
                "["
                    + cell("opportunity'; DROP TABLE access_policy_revision; --", "read", "all")
                    + "]",
                422,
                "validation_failed",
                "[0].entity"),
            new Call(
                at + "/permissions",
                "[" + opportunityRead + ", " + cell("customer", "read", "everyone") + "]",
                422,
                "validation_failed",
                "[1].scope"),
            new Call(
                at + "/permissions",
                "[" + cell("opportunity", "fly", "own") + "]",
                422,
                "validation_failed",
                "[0].action"),
            new Call(
                at + "/permissions",
                "[" + opportunityRead + ", " + cell("opportunity", "read", "all") + "]",
                422,
                "validation_failed",
                "[1]"),
            new Call(at + "/permissions", "[{\"entity\": ", 400, "malformed_json", null),
            new Call(at + "/permissions", threeMegabytes, 413, "payload_too_large", null),
            new Call(
                at + "/field-permissions",
                "[{\"entity\": \"opportunity\", \"field\": \"probability\", \"access\": \"write\"}]",
                422,
                "validation_failed",
                "[0].access"),
            new Call(
                at + "/field-permissions",
                "[{\"entity\": \"opportunity\", \"field\": \"1 OR 1=1\", \"access\": \"read\"}]",
                422,
                "validation_failed",
                "[0].field"),
            new Call(
                at + "/field-permissions",
                "[{\"entity\": \"opportunity\", \"field\": \"probability\"}]",
                400,
                "bad_request",
                null),
            new Call(at + "/system-permissions", "\"view_logs\"", 400, "bad_request", null),
            new Call(at + "/system-permissions", "[\"view_logs\", 7]", 400, "bad_request", null),
            new Call(
                at + "/system-permissions",
                "[\"view_logs\", \"root\"]",
                422,
                "validation_failed",
                "[1]"),
            new Call(
                ROLES + "admin/system-permissions", "[\"manage_users\"]", 409, "conflict", null),
            new Call(ACCESS + "/policy", "[]", 400, "bad_request", null),
            new Call(
                ACCESS + "/policy",
                with(file, role, "{\"objects\": {\"opportunity\": {\"read\": \"everyone\"}}}"),
                400,
                "bad_request",
                null),
            new Call(
                ACCESS + "/policy",
                with(file, role, "{\"system\": [\"view_logs\"], \"owner\": \"me\"}"),
                400,
                "bad_request",
                null),
            new Call(
                ACCESS + "/policy",
                with(file, "no_such_role_" + role, "{\"system\": [\"view_logs\"]}"),
                422,
                "validation_failed",
                "roles.no_such_role_" + role),
            new Call(
                ACCESS + "/policy",
                with(file, role, "{\"objects\": {\"x'); DELETE FROM app_user; --\": {}}}"),
                422,
                "validation_failed",
                "roles." + role + ".objects.x'); DELETE FROM app_user; --"),
            new Call(
                ACCESS + "/policy",
                with(file, role, "{\"system\": [\"view_logs\"]}").replaceFirst("\\}\\s*$", "} {}"),
                400,
                "malformed_json",
                null),
            new Call(
                ACCESS + "/policy",
                with(file, role, "{\"system\": [\"view_logs\"], \"system\": []}"),
                400,
                "malformed_json",
                null),
            new Call(ACCESS + "/policy", "{" + threeMegabytes, 413, "payload_too_large", null));

    for (Call call : calls) {
      Api.Reply reply = admin.put(call.path(), call.body());
      assertThat(reply.status())
          .as(call.path() + " " + cut(call.body()) + ": " + reply)
          .isEqualTo(call.status());
      JsonNode error = assertError(reply, call.status(), call.error());
      if (call.field() != null) {
        assertThat(error.get("fields").findValuesAsText("field"))
            .as(call.path() + " " + call.body())
            .contains(call.field());
      }
    }
    assertThat(state(role)).isEqualTo(before);
  }

  @Test
  void anExportedPolicyImportsBackAsANewVersionAndAChangedFileTakesEffect() {
    String role = newRole();
    Api.Reply exported = admin.get(ACCESS + "/policy");

    Api.Reply same = admin.ifMatch("PUT", ACCESS + "/policy", exported.body(), etag(exported));
    Api.Reply again = admin.get(ACCESS + "/policy");
    Api.Reply stale = admin.ifMatch("PUT", ACCESS + "/policy", exported.body(), etag(exported));
    ObjectNode changedFile = (ObjectNode) again.json();
    String changed =
        with(
            changedFile,
            role,
            "{\"objects\": {\"customer\": {\"read\": \"all\"}},"
                + " \"fields\": {\"customer\": {\"annual_revenue\": \"hidden\"}},"
                + " \"system\": [\"view_logs\"]}");
    Api.Reply imported = admin.ifMatch("PUT", ACCESS + "/policy", changed, etag(again));

    assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
    assertThat(exported.response().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"access-policy.json\"");
    assertThat(exported.body()).startsWith("{\n  \"roles\" : {").endsWith("}\n");
    assertThat(contract().problems("AccessPolicy", exported.json())).isEmpty();
    assertThat(same.status()).as(same.toString()).isEqualTo(200);
    assertThat(same.json().get("summary").asText()).startsWith("access.policy.import");
    assertThat(etag(same)).isEqualTo(quoted(same.json().get("id").asLong()));
    assertThat(same.json().get("id").asLong()).isGreaterThan(version(exported));
    assertThat(again.body()).isEqualTo(exported.body());
    assertError(stale, 409, "conflict");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(contract().problems("AccessRevision", imported.json())).isEmpty();
    assertThat(cells(admin.get(ROLES + role + "/permissions").json(), "action", "scope"))
        .contains("customer.read=all", "customer.edit=none");
    assertThat(cells(admin.get(ROLES + role + "/field-permissions").json(), "field", "access"))
        .containsExactly("customer.annual_revenue=hidden");
    assertThat(admin.get(ROLES + role + "/system-permissions").json().toString())
        .isEqualTo("[\"view_logs\"]");
    ObjectNode now = (ObjectNode) admin.get(ACCESS + "/policy").json();
    ((ObjectNode) now.get("roles")).remove(role);
    assertThat(now).isEqualTo(exported.json());
    assertThat(
            admin
                .get("/api/v1/admin/audit?action=access.policy.import&targetId=" + role)
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void versionsAreListedNewestFirstAndARollbackPutsAnEarlierOneBackAsANewVersion() {
    String role = newRole();
    long start = activeRevision();
    Api.Reply given =
        admin.ifMatch(
            "PUT", ROLES + role + "/system-permissions", "[\"view_logs\"]", quoted(start));
    long withLogs = version(given);
    Api.Reply page = admin.get(ACCESS + "/revisions?size=2");

    Api.Reply rolledBack =
        admin.ifMatch("POST", ACCESS + "/revisions/" + start + "/rollback", null, quoted(withLogs));
    Api.Reply stale =
        admin.ifMatch(
            "POST", ACCESS + "/revisions/" + withLogs + "/rollback", null, quoted(withLogs));

    assertThat(given.status()).as(given.toString()).isEqualTo(200);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    JsonNode items = page.json().get("items");
    assertThat(items.get(0).get("id").asLong()).isEqualTo(withLogs);
    assertThat(items.get(0).get("author").asText()).isEqualTo("admin");
    assertThat(items.get(0).get("summary").asText())
        .isEqualTo("role.system_permissions.update " + role);
    assertThat(items.get(1).get("id").asLong()).isEqualTo(start);
    assertThat(page.json().get("activeRevision").asLong()).isEqualTo(withLogs);
    assertThat(page.json().get("size").asInt()).isEqualTo(2);
    assertThat(contract().problems("AccessRevisionPage", page.json())).isEmpty();
    assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
    long rollback = rolledBack.json().get("id").asLong();
    assertThat(rollback).isGreaterThan(withLogs);
    assertThat(etag(rolledBack)).isEqualTo(quoted(rollback));
    assertThat(rolledBack.json().get("summary").asText())
        .isEqualTo("access.policy.rollback " + start);
    assertThat(admin.get(ROLES + role + "/system-permissions").json()).isEmpty();
    assertThat(activeRevision()).isEqualTo(rollback);
    assertError(stale, 409, "conflict");
    assertThat(
            admin
                .get("/api/v1/admin/audit?action=access.policy.rollback&targetId=" + role)
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void aDeletedRoleTakesItsPartWithItSoTheExportImportsBack() {
    String role = newRole();
    setSystemPermissions(role, "[\"view_logs\"]");

    Api.Reply deleted = admin.delete(ROLES + role);
    Api.Reply exported = admin.get(ACCESS + "/policy");
    Api.Reply imported = admin.ifMatch("PUT", ACCESS + "/policy", exported.body(), etag(exported));
    newRole(role);

    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(exported.json().get("roles").has(role)).isFalse();
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(admin.get(ROLES + role + "/system-permissions").json()).isEmpty();
  }

  @Test
  void unknownVersionsRolesAndPagesAreRefusedInTheErrorShape() {
    for (String bad : List.of("size=0", "size=501", "page=-1", "page=abc")) {
      assertError(admin.get(ACCESS + "/revisions?" + bad), 400, "bad_request");
    }
    Api.Reply farPage = admin.get(ACCESS + "/revisions?page=2147483647&size=500");
    assertThat(farPage.status()).as(farPage.toString()).isEqualTo(200);
    assertThat(farPage.json().get("items")).isEmpty();
    assertError(
        admin.send("POST", ACCESS + "/revisions/999999999/rollback", null, null), 404, "not_found");
    assertError(
        admin.send("POST", ACCESS + "/revisions/abc/rollback", null, null), 404, "not_found");
    assertError(
        admin.ifMatch("POST", ACCESS + "/revisions/1/rollback", null, "\"abc\""),
        400,
        "bad_request");
    for (String role : List.of("no_such_role", Api.encode("x' OR '1'='1"))) {
      for (String part : List.of("permissions", "field-permissions", "system-permissions")) {
        assertError(admin.get(ROLES + role + "/" + part), 404, "not_found");
        assertError(admin.put(ROLES + role + "/" + part, "[]"), 404, "not_found");
      }
    }
  }

  @Test
  void aViewLogsHolderReadsTheLogsOnlyAndLosesThemWithTheNextRequest() {
    String role = newRole();
    setSystemPermissions(role, "[\"view_logs\"]");
    Api auditor = Accounts.signedIn(Accounts.user("auditor", role));
    String before = admin.get("/api/v1/metadata/entities").body();

    assertThat(auditor.get("/api/v1/admin/audit").status()).isEqualTo(200);
    assertThat(auditor.get("/api/v1/admin/logins").status()).isEqualTo(200);
    assertError(auditor.get("/api/v1/admin/users"), 403, "forbidden");
    assertError(auditor.get(ROLES + role + "/permissions"), 403, "forbidden");
    assertError(
        auditor.put(ROLES + role + "/system-permissions", "[\"view_logs\", \"customize\"]"),
        403,
        "forbidden");
    assertError(auditor.get(ACCESS + "/policy"), 403, "forbidden");
    assertError(auditor.get("/api/v1/admin/rules"), 403, "forbidden");
    assertError(auditor.get("/api/v1/metadata/export"), 403, "forbidden");
    assertError(
        auditor.post(
            "/api/v1/metadata/entities",
            "{\"name\": \""
                + uniqueName("rogue")
                + "\", \"labels\": {\"en\": \"Rogue\"},"
                + " \"fields\": []}"),
        403,
        "forbidden");
    assertThat(admin.get("/api/v1/metadata/entities").body()).isEqualTo(before);
    assertThat(admin.get(ROLES + role + "/system-permissions").json().toString())
        .isEqualTo("[\"view_logs\"]");

    setSystemPermissions(role, "[]");

    assertError(auditor.get("/api/v1/admin/audit"), 403, "forbidden");
    assertError(auditor.get("/api/v1/admin/logins"), 403, "forbidden");
  }

  @Test
  void aDelegatedUserManagerCannotMakeAnAdministratorNorTakeOverTheAdminsAccount() {
    String role = newRole();
    setSystemPermissions(role, "[\"manage_users\"]");
    JsonNode manager = Accounts.user("usermgr", role);
    Api managerApi = Accounts.signedIn(manager);
    String intruder = uniqueName("intruder");
    long adminId = admin.get("/api/v1/me").json().get("id").asLong();

    Api.Reply colleague =
        managerApi.post("/api/v1/admin/users", user(uniqueName("colleague"), role));
    Api.Reply makeAdmin = managerApi.post("/api/v1/admin/users", user(intruder, "admin"));
    Api.Reply promoteSelf =
        managerApi.patch(
            "/api/v1/admin/users/" + manager.get("id").asLong(),
            "{\"roles\": [\"admin\"], \"version\": " + manager.get("version").asLong() + "}");
    Api.Reply takeOver =
        managerApi.post(
            "/api/v1/admin/users/" + adminId + "/reset-password",
            "{\"password\": \"the intruder's own passphrase 99\"}");

    assertThat(colleague.status()).as(colleague.toString()).isEqualTo(201);
    assertError(makeAdmin, 403, "forbidden");
    assertError(promoteSelf, 403, "forbidden");
    assertError(takeOver, 403, "forbidden");
    assertThat(admin.get("/api/v1/admin/users?q=" + intruder).json().get("total").asLong())
        .isZero();
    assertThat(admin.get("/api/v1/admin/users/" + manager.get("id").asLong()).json().get("roles"))
        .extracting(JsonNode::asText)
        .containsExactly(role);
    assertThat(Api.admin().token()).isNotBlank();
    assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
  }

  // ---- helpers ----

  private record Call(String path, String body, int status, String error, String field) {}

  /** A new role with no part in the policy yet: every cell none, every field editable. */
  private String newRole() {
    return newRole(uniqueName("access"));
  }

  private String newRole(String name) {
    Api.Reply created = admin.post("/api/v1/admin/roles", "{\"name\": \"" + name + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return name;
  }

  private void setSystemPermissions(String role, String permissions) {
    Api.Reply reply = admin.put(ROLES + role + "/system-permissions", permissions);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  /** What an administrator sees of a role's policy, the whole policy and its versions. */
  private String state(String role) {
    return String.join(
        "\n",
        admin.get(ROLES + role + "/permissions").body(),
        admin.get(ROLES + role + "/field-permissions").body(),
        admin.get(ROLES + role + "/system-permissions").body(),
        admin.get(ROLES + "admin/system-permissions").body(),
        admin.get(ACCESS + "/policy").body(),
        admin.get(ACCESS + "/revisions?size=1").body(),
        admin.get("/api/v1/admin/users?size=1").json().get("total").asText());
  }

  private long activeRevision() {
    return admin.get(ACCESS + "/revisions?size=1").json().get("activeRevision").asLong();
  }

  private OpenApiContract contract() {
    Api.Reply document = admin.get("/openapi?format=json");
    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    return new OpenApiContract(document.json());
  }

  /** "entity.action=scope" (or "entity.field=access") for each item. */
  private static List<String> cells(JsonNode items, String what, String value) {
    List<String> cells = new ArrayList<>();
    items.forEach(
        item ->
            cells.add(
                item.get("entity").asText()
                    + "."
                    + item.get(what).asText()
                    + "="
                    + item.get(value).asText()));
    return cells;
  }

  private static String cell(String entity, String action, String scope) {
    return JSON.createObjectNode()
        .put("entity", entity)
        .put("action", action)
        .put("scope", scope)
        .toString();
  }

  /** The policy file with {@code role}'s part replaced by {@code part}, as text. */
  private static String with(ObjectNode file, String role, String part) {
    ObjectNode others = ((ObjectNode) file.get("roles")).deepCopy();
    others.remove(role);
    String roles = others.toString();
    String rest = roles.equals("{}") ? "}" : "," + roles.substring(1);
    return "{\"roles\": {\"" + role + "\": " + part + rest + "}";
  }

  private static String user(String username, String role) {
    return "{\"username\": \""
        + username
        + "\", \"displayName\": \""
        + username
        + "\", \"password\": \""
        + Accounts.PASSWORD
        + "\", \"roles\": [\""
        + role
        + "\"]}";
  }

  private static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static String etag(Api.Reply reply) {
    return reply.response().headers().firstValue("ETag").orElseThrow();
  }

  private static long version(Api.Reply reply) {
    return Long.parseLong(etag(reply).replace("\"", ""));
  }

  private static String quoted(long version) {
    return "\"" + version + "\"";
  }
}
