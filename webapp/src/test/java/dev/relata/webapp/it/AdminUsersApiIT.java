package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Users over REST. The bootstrap admin is shared by every test, so these tests make their own users
 * (and their own second admin where a rule about admins is tried) and never lock, deactivate or
 * re-password {@code admin}.
 */
class AdminUsersApiIT {
  private final Api admin = Api.admin();

  private static String path(JsonNode user) {
    return "/api/v1/admin/users/" + user.get("id").asText();
  }

  @Test
  void anAdminCreatesAUserWithDepartmentManagerAndRolesWhoMustChooseTheirOwnPassword() {
    JsonNode east =
        admin.get("/api/v1/admin/departments").json().get("items").findParents("name").stream()
            .filter(d -> d.get("name").asText().equals("Sales East"))
            .findFirst()
            .orElseThrow();
    JsonNode boss = Accounts.user("boss", "sales_manager");
    String username = uniqueName("New.User");

    Api.Reply created =
        admin.post(
            "/api/v1/admin/users",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \"新用户\", \"email\": \"n@example.com\", \"department\": "
                + east.get("id").asText()
                + ", \"manager\": "
                + boss.get("id").asText()
                + ", \"roles\": [\"sales_rep\"], \"locale\": \"zh-CN\"}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode user = created.json();
    assertThat(user.get("password").asText()).hasSize(20);
    assertThat(user.get("roles").get(0).asText()).isEqualTo("sales_rep");
    assertThat(user.get("manager").asLong()).isEqualTo(boss.get("id").asLong());
    assertThat(created.body()).doesNotContain("pbkdf2", "passwordHash", "totpSecret");
    assertThat(admin.get(path(user)).body()).doesNotContain("\"password\"");
    Api.Reply signIn =
        Api.anonymous()
            .post(
                "/api/v1/auth/token",
                "{\"username\": \""
                    + username.toUpperCase()
                    + "\", \"password\": \""
                    + user.get("password").asText()
                    + "\"}");
    assertThat(signIn.status()).as("a generated password must be changed first").isEqualTo(401);
    assertThat(signIn.json().get("message").asText()).contains("choose a new one");
    assertThat(
            admin
                .get("/api/v1/admin/users?q=" + Api.encode(username.toLowerCase()))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void aUsernameDifferingOnlyInCaseIsADuplicate() {
    JsonNode existing = Accounts.user("Case");

    JsonNode error =
        assertError(
            admin.post(
                "/api/v1/admin/users",
                "{\"username\": \"" + existing.get("username").asText().toUpperCase() + "\"}"),
            422,
            "validation_failed");

    assertThat(error.get("fields").get(0).get("field").asText()).isEqualTo("username");
    assertThat(error.get("fields").get(0).get("code").asText()).isEqualTo("duplicate");
  }

  @Test
  void unknownRolesWrongTypesOversizedAndInjectionLookingValuesAreRefused() {
    String name = uniqueName("bad");
    assertError(
        admin.post(
            "/api/v1/admin/users", "{\"username\": \"" + name + "\", \"roles\": [\"wizard\"]}"),
        422,
        "validation_failed");
    assertError(
        admin.post("/api/v1/admin/users", "{\"username\": \"" + name + "\", \"roles\": \"admin\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post(
            "/api/v1/admin/users", "{\"username\": \"" + name + "\", \"manager\": \"boss\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post(
            "/api/v1/admin/users",
            "{\"username\": \"" + name + "\", \"displayName\": \"" + "x".repeat(201) + "\"}"),
        422,
        "validation_failed");
    assertError(
        admin.post("/api/v1/admin/users", "{\"username\": \"x'); DROP TABLE app_user;" + "--\"}"),
        422,
        "validation_failed");
    assertError(admin.post("/api/v1/admin/users", "{\"username\": 12}"), 422, "validation_failed");

    assertThat(admin.get("/api/v1/admin/users?q=" + name).json().get("total").asLong()).isZero();
    JsonNode literal = Accounts.user("literal");
    String injection = "Robert'); DROP TABLE app_user;--";
    Api.Reply renamed =
        admin.patch(
            path(literal),
            "{\"displayName\": \""
                + injection
                + "\", \"version\": "
                + literal.get("version").asText()
                + "}");
    assertThat(renamed.json().get("displayName").asText()).isEqualTo(injection);
  }

  @Test
  void aLoopInTheReportingLineIs422NamingManager() {
    JsonNode top = Accounts.user("top");
    JsonNode below = Accounts.user("below");
    Api.Reply set =
        admin.patch(
            path(below),
            "{\"manager\": "
                + top.get("id").asText()
                + ", \"version\": "
                + below.get("version").asText()
                + "}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    JsonNode loop =
        assertError(
            admin.patch(
                path(top),
                "{\"manager\": "
                    + below.get("id").asText()
                    + ", \"version\": "
                    + top.get("version").asText()
                    + "}"),
            422,
            "validation_failed");

    assertThat(loop.get("fields").get(0).get("field").asText()).isEqualTo("manager");
    assertThat(admin.get(path(top)).json().get("manager").isNull()).isTrue();
  }

  @Test
  void aStaleVersionIs409WhetherInTheBodyOrIfMatch() {
    JsonNode user = Accounts.user("edited");
    String version = user.get("version").asText();
    admin.patch(path(user), "{\"phone\": \"1\"}", "\"" + version + "\"");

    assertError(
        admin.patch(path(user), "{\"phone\": \"2\", \"version\": " + version + "}"),
        409,
        "conflict");
    assertError(
        admin.patch(path(user), "{\"phone\": \"3\"}", "\"" + version + "\""), 409, "conflict");

    assertThat(admin.get(path(user)).json().get("phone").asText()).isEqualTo("1");
  }

  @Test
  void aUserCannotGrantThemselvesARoleAndNonAdminsGet403Everywhere() {
    JsonNode self = Accounts.user("climber", "sales_rep");
    JsonNode victim = Accounts.user("victim");
    Api rep = Accounts.signedIn(self);
    String before = admin.get(path(victim)).body();

    assertError(
        rep.patch(
            path(self),
            "{\"roles\": [\"admin\"], \"version\": " + self.get("version").asText() + "}"),
        403,
        "forbidden");
    assertError(rep.get("/api/v1/admin/users"), 403, "forbidden");
    assertError(
        rep.post("/api/v1/admin/users", "{\"username\": \"" + uniqueName("x") + "\"}"),
        403,
        "forbidden");
    assertError(rep.get(path(victim)), 403, "forbidden");
    assertError(
        rep.patch(path(victim), "{\"displayName\": \"x\", \"version\": 1}"), 403, "forbidden");
    for (String action : new String[] {"deactivate", "activate", "unlock", "reset-password"}) {
      assertError(rep.post(path(victim) + "/" + action, "{}"), 403, "forbidden");
    }
    assertError(rep.delete(path(victim) + "/totp"), 403, "forbidden");

    assertThat(admin.get(path(self)).json().get("roles").get(0).asText()).isEqualTo("sales_rep");
    assertThat(admin.get(path(victim)).body()).isEqualTo(before);
  }

  @Test
  void deactivationEndsSessionsAndMovesEveryOwnedRecordToTheHeir() {
    JsonNode leaver = Accounts.user("leaver", "sales_rep");
    JsonNode heir = Accounts.user("heir", "sales_rep");
    Api leaverApi = Accounts.signedIn(leaver);
    for (int i = 0; i < 2; i++) {
      assertThat(
              leaverApi
                  .post("/api/v1/records/customer", "{\"name\": \"" + uniqueName("owned") + "\"}")
                  .status())
          .isEqualTo(201);
    }

    Api.Reply deactivated =
        admin.post(
            path(leaver) + "/deactivate", "{\"reassignTo\": " + heir.get("id").asText() + "}");

    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(deactivated.json().get("status").asText()).isEqualTo("deactivated");
    assertError(leaverApi.get("/api/v1/records/customer"), 401, "unauthorized");
    assertThat(
            admin
                .get(
                    "/api/v1/records/customer?filter="
                        + Api.encode("owner eq " + heir.get("id").asText()))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(2);
    assertThat(
            admin
                .get(
                    "/api/v1/records/customer?filter="
                        + Api.encode("owner eq " + leaver.get("id").asText()))
                .json()
                .get("total")
                .asLong())
        .isZero();

    Api.Reply activated = admin.post(path(leaver) + "/activate", "");
    assertThat(activated.json().get("status").asText()).isEqualTo("active");
  }

  @Test
  void reassigningToAMissingOrDeactivatedUserIs422AndNothingChanges() {
    JsonNode leaver = Accounts.user("leaver");
    JsonNode gone = Accounts.user("gone");
    admin.post(path(gone) + "/deactivate", "");

    JsonNode missing =
        assertError(
            admin.post(path(leaver) + "/deactivate", "{\"reassignTo\": 99999999}"),
            422,
            "validation_failed");
    JsonNode deactivated =
        assertError(
            admin.post(
                path(leaver) + "/deactivate", "{\"reassignTo\": " + gone.get("id").asText() + "}"),
            422,
            "validation_failed");
    assertError(
        admin.post(path(leaver) + "/deactivate", "{\"reassignTo\": \"someone\"}"),
        422,
        "validation_failed");

    assertThat(missing.get("fields").get(0).get("field").asText()).isEqualTo("reassignTo");
    assertThat(deactivated.get("fields").get(0).get("field").asText()).isEqualTo("reassignTo");
    assertThat(admin.get(path(leaver)).json().get("status").asText()).isEqualTo("active");
  }

  @Test
  void anAdminCannotDeactivateThemselves() {
    JsonNode second = Accounts.user("second.admin", "admin");
    Api secondApi = Accounts.signedIn(second);

    JsonNode self =
        assertError(secondApi.post(path(second) + "/deactivate", ""), 422, "validation_failed");

    assertThat(self.get("fields").get(0).get("code").asText()).isEqualTo("self");
    assertThat(admin.get(path(second)).json().get("status").asText()).isEqualTo("active");
  }

  @Test
  void aPasswordResetShowsAGeneratedPasswordOnceAndEndsSessions() {
    JsonNode user = Accounts.user("forgetful");
    Api session = Accounts.signedIn(user);

    Api.Reply reset = admin.post(path(user) + "/reset-password", "");
    Api.Reply typed =
        admin.post(path(user) + "/reset-password", "{\"password\": \"a brand new password\"}");

    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(reset.json().get("password").asText()).hasSize(20);
    assertThat(typed.json().has("password")).isFalse();
    assertError(session.get("/api/v1/records/customer"), 401, "unauthorized");
    assertError(
        admin.post(path(user) + "/reset-password", "{\"password\": 5}"), 422, "validation_failed");
  }

  @Test
  void unlockAndTwoFactorResetAnswerTheUser() {
    JsonNode user = Accounts.user("device.lost");

    Api.Reply unlocked = admin.post(path(user) + "/unlock", "");
    Api.Reply reset = admin.delete(path(user) + "/totp");

    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(reset.json().get("totpEnabled").asBoolean()).isFalse();
    assertError(admin.post("/api/v1/admin/users/99999999/unlock", ""), 404, "not_found");
  }
}
