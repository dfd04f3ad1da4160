package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET /api/v1/admin/audit: administrative changes with before and after, and nothing that edits.
 */
class AuditApiIT {
  private final Api admin = Api.admin();

  @Test
  void aMetadataChangeIsFoundWithItsDefinitionBeforeAndAfterAsJsonObjects() {
    String entity = givenEntity();
    admin.patch(
        "/api/v1/metadata/entities/" + entity + "/fields/name",
        "{\"labels\": {\"en\": \"Title\", \"zh-CN\": \"标题\"}}");

    JsonNode body = admin.get("/api/v1/admin/audit?targetType=entity&targetId=" + entity).json();

    assertThat(body.get("total").asLong()).isEqualTo(2);
    JsonNode update = body.get("items").get(0);
    assertThat(update.get("action").asText()).isEqualTo("entity.field_update");
    assertThat(update.get("actorUsername").asText()).isEqualTo("admin");
    assertThat(update.get("actorId").asLong()).isPositive();
    assertThat(update.get("targetLabel").asText()).isEqualTo("Changed field name of " + entity);
    assertThat(update.get("before").isObject()).isTrue();
    assertThat(update.get("before").at("/labels/en").asText()).isEqualTo("Name");
    assertThat(update.get("after").at("/labels/en").asText()).isEqualTo("Title");
    assertThat(update.get("after").get("revision").asLong()).isPositive();
    assertThat(Instant.parse(update.get("occurredAt").asText()))
        .isBefore(Instant.now().plusSeconds(60));
    JsonNode create = body.get("items").get(1);
    assertThat(create.get("action").asText()).isEqualTo("entity.create");
    assertThat(create.get("before").isNull()).isTrue();
    assertThat(create.get("after").get("name").asText()).isEqualTo(entity);
  }

  @Test
  void anActionPrefixAndTheActorSelectTheChanges() {
    String entity = givenEntity();
    admin.delete("/api/v1/metadata/entities/" + entity);

    JsonNode prefixed =
        admin.get("/api/v1/admin/audit?action=entity.&actor=ADM&targetId=" + entity).json();
    JsonNode exact =
        admin
            .get("/api/v1/admin/audit?action=entity.delete&targetId=" + entity + "&from=2026-01-01")
            .json();

    assertThat(prefixed.get("total").asLong()).isEqualTo(2);
    assertThat(exact.get("total").asLong()).isEqualTo(1);
    assertThat(exact.get("items").get(0).get("after").get("deleted").asBoolean()).isTrue();
    assertThat(
            admin
                .get("/api/v1/admin/audit?actor=nobody_at_all&targetId=" + entity)
                .json()
                .get("total")
                .asLong())
        .isZero();
  }

  @Test
  void badFilterValuesAreBadRequests() {
    assertError(admin.get("/api/v1/admin/audit?to=tomorrow"), 400, "bad_request");
    assertError(admin.get("/api/v1/admin/audit?size=0"), 400, "bad_request");
    assertError(admin.get("/api/v1/admin/audit?page=-3"), 400, "bad_request");
    assertError(admin.get("/api/v1/admin/audit?from=2026-11-22&to=2026-11-01"), 400, "bad_request");
  }

  @Test
  void withoutATokenTheLogIsUnauthorized() {
    assertError(Api.anonymous().get("/api/v1/admin/audit"), 401, "unauthorized");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void theLogCannotBeChangedThroughTheApi(String method) {
    givenEntity();
    JsonNode before = admin.get("/api/v1/admin/audit?size=500").json();

    assertError(
        admin.send(
            method, "/api/v1/admin/audit", "application/json", "{\"action\":\"entity.create\"}"),
        405,
        "method_not_allowed");
    assertError(
        admin.send(method, "/api/v1/admin/audit/1", "application/json", "{}"), 404, "not_found");

    JsonNode after = admin.get("/api/v1/admin/audit?size=500").json();
    assertThat(after.get("total")).isEqualTo(before.get("total"));
    assertThat(after.get("items")).isEqualTo(before.get("items"));
  }

  /** Needs POST /api/v1/admin/users (user administration branch) to create the ordinary user. */
  @Test
  void anOrdinaryUserIsForbiddenToReadTheLog() {
    Api clerk = TestUsers.create("clerk").api();

    assertError(clerk.get("/api/v1/admin/audit"), 403, "forbidden");
  }

  private String givenEntity() {
    String entity = uniqueName("audited");
    Api.Reply created =
        admin.post(
            "/api/v1/metadata/entities",
            "{\"name\": \""
                + entity
                + "\","
                + " \"labels\": {\"en\": \"Audited\"}, \"pluralLabels\": {\"en\": \"Audited\"},"
                + " \"fields\": [{\"name\": \"name\", \"type\": \"text\", \"labels\": {\"en\":"
                + " \"Name\"}}]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return entity;
  }
}
