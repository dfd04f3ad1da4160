package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Places where docs/api.md and the server once disagreed: the server now does what it says. */
class DocumentedBehaviourIT {
  private final Api admin = Api.admin();

  @Test
  void theFilterNests32LevelsAndNotOneMore() {
    String thirtyTwo = "(".repeat(32) + "name eq 'x'" + ")".repeat(32);
    String thirtyThree = "(".repeat(33) + "name eq 'x'" + ")".repeat(33);

    assertThat(admin.get("/api/v1/records/customer?filter=" + Api.encode(thirtyTwo)).status())
        .isEqualTo(200);
    JsonNode error =
        assertError(
            admin.get("/api/v1/records/customer?filter=" + Api.encode(thirtyThree)),
            400,
            "bad_request");
    assertThat(error.get("message").asText()).contains("at most 32 levels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "yes", "1", "TRUE"})
  void deletedIsTrueOrFalseAndNothingElse(String deleted) {
    JsonNode error =
        assertError(admin.get("/api/v1/records/customer?deleted=" + deleted), 400, "bad_request");

    assertThat(error.get("message").asText()).isEqualTo("deleted can only be 'true' or 'false'.");
    assertThat(admin.get("/api/v1/records/customer?deleted=false").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "101"})
  void theUserSearchTakesASizeOfOneToAHundred(String size) {
    assertError(admin.get("/api/v1/users?size=" + size), 400, "bad_request");
    assertThat(admin.get("/api/v1/users?size=100").status()).isEqualTo(200);
  }

  @Test
  void aLockedUserIsOfferedByTheUserSearchAndMayOwnRecords() {
    TestUsers.TestUser rep = TestUsers.create("locked_rep");
    for (int i = 0; i < 6; i++) {
      Api.anonymous()
          .post(
              "/api/v1/auth/token",
              "{\"username\": \"" + rep.username() + "\", \"password\": \"not the password\"}");
    }
    assertThat(admin.get("/api/v1/admin/users/" + rep.id()).json().get("status").asText())
        .isEqualTo("locked");

    JsonNode found = admin.get("/api/v1/users?q=" + rep.username()).json();
    Api.Reply created =
        admin.post(
            "/api/v1/records/customer",
            "{\"name\": \"Locked owner\", \"owner\": " + rep.id() + "}");

    assertThat(found.get("items")).extracting(u -> u.get("id").asLong()).contains(rep.id());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("owner").asLong()).isEqualTo(rep.id());
  }

  @Test
  void revisionsAndExportAreForAdministratorsWhileDefinitionsAreReadByAnyone() {
    Api user = TestUsers.create("reader").api();

    assertThat(user.get("/api/v1/metadata/entities").status()).isEqualTo(200);
    assertThat(user.get("/api/v1/metadata/entities/customer").status()).isEqualTo(200);
    assertError(user.get("/api/v1/metadata/revisions"), 403, "forbidden");
    assertError(user.get("/api/v1/metadata/export"), 403, "forbidden");
  }
}
