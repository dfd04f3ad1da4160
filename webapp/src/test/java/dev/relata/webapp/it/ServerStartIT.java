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
    // The demo's 40 customers are the first 40 records.
    assertThat(
            admin
                .get("/api/v1/records/customer?size=1&filter=" + Api.encode("id le 40"))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(40);
    assertThat(
            admin
                .get("/api/v1/records/contract?sort=contract_no&size=1")
                .json()
                .get("items")
                .get(0)
                .get("contract_no")
                .asText())
        .isEqualTo("CT-00001");
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
