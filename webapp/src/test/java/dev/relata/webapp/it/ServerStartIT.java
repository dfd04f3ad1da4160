package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerStartIT {

  @Test
  void startedServerIsReadyServesOpenApiAndLoadsStandardObjectsWithDemoData() {
    Api admin = Api.admin();

    assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
    assertThat(Api.anonymous().get("/openapi").body()).contains("/api/v1/records/{entity}");
    // Other tests share this server and add entities and records: "at least" is what holds.
    assertThat(admin.get("/api/v1/metadata/entities").json().get("items"))
        .extracting(entity -> entity.get("name").asText())
        .contains("customer", "contact", "opportunity", "contract", "service_request");
    assertThat(admin.get("/api/v1/records/customer?size=1").json().get("total").asLong())
        .isGreaterThanOrEqualTo(40);
  }

  @Test
  void everyApiCallButSignInNeedsAToken() {
    Api.Reply reply = Api.anonymous().get("/api/v1/records/customer");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("error").asText()).isEqualTo("unauthorized");
    assertThat(Api.anonymous().withToken("forged").get("/api/v1/metadata/entities").status())
        .isEqualTo(401);
  }
}
