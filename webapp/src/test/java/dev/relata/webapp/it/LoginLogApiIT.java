package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/admin/logins: every sign-in attempt, filtered and paged, and nothing that edits. */
class LoginLogApiIT {
  private final Api admin = Api.admin();

  @Test
  void aFailedSignInIsFoundByItsUsernameWithOutcomeChannelAndTime() {
    String username = uniqueName("Nobody");
    Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
    Api.anonymous()
        .post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"guess\"}");

    Api.Reply reply =
        admin.get(
            "/api/v1/admin/logins?username="
                + Api.encode(username.toLowerCase())
                + "&from="
                + Api.encode(before.toString()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.get("page").asInt()).isZero();
    assertThat(body.get("size").asInt()).isEqualTo(50);
    JsonNode event = body.get("items").get(0);
    assertThat(event.get("username").asText()).isEqualTo(username);
    assertThat(event.get("outcome").asText()).isEqualTo("unknown_user");
    assertThat(event.get("channel").asText()).isEqualTo("api");
    assertThat(event.get("userId").isNull()).isTrue();
    assertThat(event.get("address").asText()).isNotBlank();
    assertThat(event.get("userAgent").asText()).isNotBlank();
    assertThat(Instant.parse(event.get("occurredAt").asText())).isAfter(before);
  }

  @Test
  void filtersByOutcomeAndChannelAndPagesNewestFirst() {
    String username = uniqueName("pager");
    for (int i = 0; i < 3; i++) {
      Api.anonymous()
          .post(
              "/api/v1/auth/token",
              "{\"username\":\"" + username + "\",\"password\":\"guess " + i + "\"}");
    }

    JsonNode first =
        admin
            .get(
                "/api/v1/admin/logins?username="
                    + username
                    + "&outcome=unknown_user&channel=api&size=2")
            .json();
    JsonNode second =
        admin
            .get(
                "/api/v1/admin/logins?username="
                    + username
                    + "&outcome=unknown_user&channel=api&size=2&page=1")
            .json();

    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("items")).hasSize(1);
    assertThat(first.get("items").get(0).get("id").asLong())
        .isGreaterThan(first.get("items").get(1).get("id").asLong())
        .isGreaterThan(second.get("items").get(0).get("id").asLong());
    assertThat(
            admin
                .get("/api/v1/admin/logins?username=" + username + "&outcome=success")
                .json()
                .get("total")
                .asLong())
        .isZero();
  }

  @Test
  void badFilterValuesAreBadRequestsThatSayWhatToSend() {
    assertThat(
            assertError(admin.get("/api/v1/admin/logins?outcome=maybe"), 400, "bad_request")
                .get("message")
                .asText())
        .contains("outcome must be one of");
    assertThat(
            assertError(admin.get("/api/v1/admin/logins?from=yesterday"), 400, "bad_request")
                .get("message")
                .asText())
        .contains("ISO-8601");
    assertError(admin.get("/api/v1/admin/logins?page=-1"), 400, "bad_request");
    assertError(admin.get("/api/v1/admin/logins?size=501"), 400, "bad_request");
    assertError(admin.get("/api/v1/admin/logins?size=x"), 400, "bad_request");
  }

  @Test
  void filterTextThatLooksLikeSqlMatchesNothingAndBreaksNothing() {
    Api.Reply reply =
        admin.get(
            "/api/v1/admin/logins?username=" + Api.encode("' OR 1=1; DELETE FROM login_event; --"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("total").asLong()).isZero();
    assertThat(admin.get("/api/v1/admin/logins").json().get("total").asLong()).isPositive();
  }

  @Test
  void withoutATokenTheLogIsUnauthorized() {
    assertError(Api.anonymous().get("/api/v1/admin/logins"), 401, "unauthorized");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void theLogCannotBeChangedThroughTheApi(String method) {
    long total = admin.get("/api/v1/admin/logins").json().get("total").asLong();

    assertError(
        admin.send(method, "/api/v1/admin/logins", "application/json", "{}"),
        405,
        "method_not_allowed");
    assertError(
        admin.send(method, "/api/v1/admin/logins/1", "application/json", "{}"), 404, "not_found");

    assertThat(admin.get("/api/v1/admin/logins").json().get("total").asLong()).isEqualTo(total);
  }

  /** Needs POST /api/v1/admin/users (user administration branch) to create the ordinary user. */
  @Test
  void anOrdinaryUserIsForbiddenToReadTheLog() {
    Api clerk = TestUsers.create("clerk").api();

    assertError(clerk.get("/api/v1/admin/logins"), 403, "forbidden");
  }
}
