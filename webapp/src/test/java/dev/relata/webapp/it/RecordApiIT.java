package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Records over REST: status codes, headers, versions and field errors. */
class RecordApiIT {
  private final Api admin = Api.admin();

  @Test
  void aCreateAnswers201WithLocationETagAndTheRecord() {
    String name = uniqueName("Acme");

    Api.Reply reply =
        admin.post(
            "/api/v1/records/customer",
            "{\"name\": \"" + name + "\", \"level\": \"A\", \"annual_revenue\": 1200.50}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode record = reply.json();
    long id = record.get("id").asLong();
    assertThat(reply.response().headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/api/v1/records/customer/" + id));
    assertThat(reply.response().headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(record.get("name").asText()).isEqualTo(name);
    assertThat(record.get("annual_revenue").decimalValue()).isEqualByComparingTo("1200.50");
    assertThat(record.get("version").asLong()).isEqualTo(1);
    assertThat(record.get("createdAt").asText()).endsWith("Z");
    Api.Reply read = admin.get("/api/v1/records/customer/" + id);
    assertThat(read.json()).isEqualTo(record);
    assertThat(read.response().headers().firstValue("ETag")).hasValue("\"1\"");
  }

  @Test
  void invalidFieldsAnswer422WithEachFieldItsCodeAndMessage() {
    JsonNode error =
        assertError(
            admin.post(
                "/api/v1/records/customer",
                "{\"level\": \"Z\", \"email\": \"nope\", \"annual_revenue\": \"lots\", \"colour\": 1,"
                    + " \"id\": 7}"),
            422,
            "validation_failed");

    assertThat(error.get("fields"))
        .extracting(f -> f.get("field").asText() + " " + f.get("code").asText())
        .containsExactlyInAnyOrder(
            "level picklist",
            "email format",
            "annual_revenue type",
            "colour unknown_field",
            "id read_only",
            "name required");
    assertThat(error.get("message").asText()).isEqualTo("The record has 6 invalid fields.");
  }

  @Test
  void aPatchWithoutAVersionIsABadRequest() {
    long id = customer();

    JsonNode error =
        assertError(
            admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"B\"}"),
            400,
            "bad_request");

    assertThat(error.get("message").asText()).contains("If-Match");
  }

  @Test
  void aPatchWithAStaleVersionIsAConflictAndWritesNothing() {
    long id = customer();
    assertThat(
            admin
                .patch("/api/v1/records/customer/" + id, "{\"level\": \"B\", \"version\": 1}")
                .status())
        .isEqualTo(200);

    assertError(
        admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"C\", \"version\": 1}"),
        409,
        "conflict");

    JsonNode record = admin.get("/api/v1/records/customer/" + id).json();
    assertThat(record.get("level").asText()).isEqualTo("B");
    assertThat(record.get("version").asLong()).isEqualTo(2);
  }

  @Test
  void ifMatchCarriesTheVersionAndAStaleOneIsAConflict() {
    long id = customer();

    Api.Reply updated =
        admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"B\"}", "\"1\"");
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.response().headers().firstValue("ETag")).hasValue("\"2\"");

    assertError(
        admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"C\"}", "\"1\""),
        409,
        "conflict");
    assertThat(
            admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"C\"}", "W/\"2\"").status())
        .isEqualTo(200);
    assertError(
        admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"A\"}", "\"three\""),
        400,
        "bad_request");
  }

  @Test
  void aVersionThatIsNoNumberIsRefused() {
    long id = customer();

    assertError(
        admin.patch("/api/v1/records/customer/" + id, "{\"level\": \"B\", \"version\": \"1\"}"),
        422,
        "validation_failed");
  }

  @Test
  void deleteRestoreAndHistory() {
    long id = customer();

    assertThat(admin.delete("/api/v1/records/customer/" + id).status()).isEqualTo(204);
    assertError(admin.get("/api/v1/records/customer/" + id), 404, "not_found");
    assertError(admin.delete("/api/v1/records/customer/" + id), 404, "not_found");
    Api.Reply restored =
        admin.send("POST", "/api/v1/records/customer/" + id + "/restore", null, null);
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);

    JsonNode history = admin.get("/api/v1/records/customer/" + id + "/history").json();
    assertThat(history.get("items"))
        .extracting(h -> h.get("kind").asText())
        .containsExactly("restore", "delete", "create");
    assertThat(history.get("items").get(0).get("byName").asText()).isEqualTo("Administrator");
  }

  @Test
  void filtersSortsAndTheirErrorsOverTheWire() {
    String name = uniqueName("Filter");
    admin.post("/api/v1/records/customer", "{\"name\": \"" + name + " 100%\", \"level\": \"A\"}");
    admin.post("/api/v1/records/customer", "{\"name\": \"" + name + " x\", \"level\": \"B\"}");

    JsonNode page =
        admin
            .get(
                "/api/v1/records/customer?sort=-name&size=10&filter="
                    + Api.encode("startswith(name, '" + name + "') and contains(name, '%')"))
            .json();
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("level").asText()).isEqualTo("A");

    assertError(
        admin.get("/api/v1/records/customer?filter=" + Api.encode("colour eq 'red'")),
        400,
        "bad_request");
    JsonNode syntax =
        assertError(
            admin.get("/api/v1/records/customer?filter=" + Api.encode("name eq")),
            400,
            "bad_request");
    assertThat(syntax.get("message").asText()).contains("at character 8");
    assertError(
        admin.get("/api/v1/records/customer?sort=" + Api.encode("name;drop")), 400, "bad_request");
    assertThat(
            admin
                .get("/api/v1/records/customer?filter=" + Api.encode("name eq 'x'' or 1=1 --'"))
                .json()
                .get("total")
                .asLong())
        .isZero();
    assertError(
        admin.get(
            "/api/v1/records/customer?filter="
                + Api.encode("name eq 'a';" + " drop table t_customer")),
        400,
        "bad_request");
    assertThat(admin.get("/api/v1/records/customer?size=1").json().get("total").asLong())
        .isPositive();
  }

  @Test
  void theRecycleBinListsDeletedRecords() {
    long id = customer();
    admin.delete("/api/v1/records/customer/" + id);

    JsonNode bin =
        admin
            .get("/api/v1/records/customer?deleted=true&filter=" + Api.encode("id eq " + id))
            .json();

    assertThat(bin.get("total").asLong()).isEqualTo(1);
  }

  private long customer() {
    Api.Reply reply =
        admin.post(
            "/api/v1/records/customer",
            "{\"name\": \"" + uniqueName("Customer") + "\", \"level\": \"A\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }
}
