package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entities and fields over REST: changes apply at once, bad ones are refused and change nothing.
 */
class MetadataApiIT {
  private final Api admin = Api.admin();

  @Test
  void anEntityAndAFieldCreatedOverRestTakeRecordsAtOnce() {
    String entity = uniqueName("gadget");

    Api.Reply created = admin.post("/api/v1/metadata/entities", entityJson(entity));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Reply field =
        admin.post(
            "/api/v1/metadata/entities/" + entity + "/fields",
            "{\"name\": \"weight\", \"type\": \"decimal\", \"precision\": 8, \"scale\": 2,"
                + " \"labels\": {\"en\": \"Weight\", \"zh-CN\": \"重量\"}}");
    assertThat(field.status()).as(field.toString()).isEqualTo(201);
    assertThat(field.json().get("precision").asInt()).isEqualTo(8);

    Api.Reply record =
        admin.post("/api/v1/records/" + entity, "{\"name\": \"g1\", \"weight\": 12.5}");

    assertThat(record.status()).as(record.toString()).isEqualTo(201);
    assertThat(record.json().get("weight").decimalValue()).isEqualByComparingTo("12.50");
    assertThat(
            admin
                .get("/api/v1/records/" + entity + "?filter=" + Api.encode("weight gt 10"))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void aTypeChangeThatWouldLoseDataIs422AndTheFieldStaysAsItWas() {
    String entity = givenEntity();
    admin.post("/api/v1/records/" + entity, "{\"name\": \"a value longer than five\"}");

    JsonNode narrowing =
        assertError(
            admin.patch("/api/v1/metadata/entities/" + entity + "/fields/name", "{\"length\": 5}"),
            422,
            "validation_failed");
    JsonNode retyping =
        assertError(
            admin.patch(
                "/api/v1/metadata/entities/" + entity + "/fields/name", "{\"type\": \"integer\"}"),
            422,
            "validation_failed");

    assertThat(narrowing.get("message").asText()).contains("would lose data");
    assertThat(narrowing.get("fields").get(0).get("field").asText()).isEqualTo("name.type");
    assertThat(retyping.get("message").asText()).contains("from text to integer");
    assertThat(
            admin
                .get("/api/v1/metadata/entities/" + entity)
                .json()
                .get("fields")
                .get(0)
                .get("length")
                .asInt())
        .isEqualTo(255);
  }

  @Test
  void aLosslessTypeChangeIsApplied() {
    String entity = givenEntity();

    Api.Reply reply =
        admin.patch("/api/v1/metadata/entities/" + entity + "/fields/name", "{\"length\": 500}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("length").asInt()).isEqualTo(500);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select",
        "user",
        "x; drop table t_customer",
        "Robert'); DROP TABLE" + " t_customer;--",
        "客户",
        "café",
        "t_customer\\\"",
        "a b",
        "_x",
        "9lives"
      })
  void injectionAndBadNamesAreRefusedAndTheEntitiesStayAsTheyWere(String name) {
    String before = admin.get("/api/v1/metadata/entities").body();
    String json = name.replace("\\\"", "\"").replace("\"", "\\\"");

    assertError(
        admin.post("/api/v1/metadata/entities", entityJson(json)), 422, "validation_failed");
    assertError(
        admin.post(
            "/api/v1/metadata/entities/customer/fields",
            "{\"name\": \"" + json + "\", \"type\": \"text\", \"labels\": {\"en\": \"X\"}}"),
        422,
        "validation_failed");

    assertThat(admin.get("/api/v1/metadata/entities").body()).isEqualTo(before);
    assertThat(admin.get("/api/v1/records/customer?size=1").status()).isEqualTo(200);
  }

  @Test
  void physicalNamesCannotBeSentAndUnknownPropertiesAreRefused() {
    String entity = uniqueName("gadget");

    assertError(
        admin.post(
            "/api/v1/metadata/entities",
            "{\"name\": \""
                + entity
                + "\","
                + " \"labels\": {\"en\": \"G\"}, \"table\": \"app_user\"}"),
        400,
        "bad_request");
    assertError(
        admin.post(
            "/api/v1/metadata/entities/customer/fields",
            "{\"name\": \"n2\","
                + " \"type\": \"text\", \"labels\": {\"en\": \"N\"}, \"column\": \"c_name\"}"),
        400,
        "bad_request");
    JsonNode unknown =
        assertError(
            admin.post(
                "/api/v1/metadata/entities",
                "{\"name\": \"" + entity + "\", \"labels\": {\"en\": \"G\"}, \"colour\": \"red\"}"),
            422,
            "validation_failed");
    assertThat(unknown.get("fields").get(0).get("code").asText()).isEqualTo("unknown_property");
    assertError(admin.get("/api/v1/metadata/entities/" + entity), 404, "not_found");
  }

  @Test
  void aDeletedFieldIsHiddenAndRestoredWithItsData() {
    String entity = givenEntity();
    admin.post(
        "/api/v1/metadata/entities/" + entity + "/fields",
        "{\"name\": \"note\", \"type\": \"text\", \"labels\": {\"en\": \"Note\"}}");
    long id =
        admin
            .post("/api/v1/records/" + entity, "{\"name\": \"a\", \"note\": \"kept\"}")
            .json()
            .get("id")
            .asLong();

    assertThat(admin.delete("/api/v1/metadata/entities/" + entity + "/fields/note").status())
        .isEqualTo(204);
    assertThat(admin.get("/api/v1/records/" + entity + "/" + id).json().has("note")).isFalse();
    assertError(
        admin.delete("/api/v1/metadata/entities/" + entity + "/fields/name"),
        422,
        "validation_failed");

    assertThat(
            admin.post("/api/v1/metadata/entities/" + entity + "/fields/note/restore", "").status())
        .isEqualTo(200);
    assertThat(admin.get("/api/v1/records/" + entity + "/" + id).json().get("note").asText())
        .isEqualTo("kept");
  }

  @Test
  void standardEntitiesCannotBeDeleted() {
    assertError(admin.delete("/api/v1/metadata/entities/customer"), 422, "validation_failed");
  }

  @Test
  void revisionsShowWhoChangedWhatAndARollbackKeepsTheData() {
    String entity = givenEntity();
    admin.post(
        "/api/v1/metadata/entities/" + entity + "/fields",
        "{\"name\": \"note\", \"type\": \"text\", \"labels\": {\"en\": \"Note\"}}");
    long id =
        admin
            .post("/api/v1/records/" + entity, "{\"name\": \"a\", \"note\": \"kept\"}")
            .json()
            .get("id")
            .asLong();
    JsonNode revisions = admin.get("/api/v1/metadata/revisions?entity=" + entity).json();
    JsonNode addition = revisions.get("items").get(0);
    assertThat(revisions.get("total").asLong()).isEqualTo(2);
    assertThat(addition.get("action").asText()).isEqualTo("add_field");
    assertThat(addition.get("author").asText()).isEqualTo("admin");
    assertThat(addition.get("changes"))
        .extracting(c -> c.get("path").asText())
        .contains("fields.note.type");

    Api.Reply rollback =
        admin.post("/api/v1/metadata/revisions/" + addition.get("id").asLong() + "/rollback", "");
    assertThat(rollback.status()).as(rollback.toString()).isEqualTo(200);
    assertThat(admin.get("/api/v1/records/" + entity + "/" + id).json().has("note")).isFalse();
    long undo =
        admin
            .get("/api/v1/metadata/revisions?entity=" + entity)
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    admin.post("/api/v1/metadata/revisions/" + undo + "/rollback", "");

    assertThat(admin.get("/api/v1/records/" + entity + "/" + id).json().get("note").asText())
        .isEqualTo("kept");
    assertError(admin.get("/api/v1/metadata/revisions/abc"), 404, "not_found");
  }

  @Test
  void exportedFilesImportBackWithoutChangesAndABadFileIsRefused() {
    String entity = givenEntity();
    JsonNode export = admin.get("/api/v1/metadata/export").json();
    assertThat(export.get("entities").has(entity + ".json")).isTrue();
    long revisions = admin.get("/api/v1/metadata/revisions").json().get("total").asLong();

    Api.Reply imported = admin.post("/api/v1/metadata/import", export.toString());

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(admin.get("/api/v1/metadata/revisions").json().get("total").asLong())
        .isEqualTo(revisions);
    JsonNode misnamed =
        assertError(
            admin.post(
                "/api/v1/metadata/import",
                "{\"entities\": {\"other.json\": "
                    + export.get("entities").get(entity + ".json")
                    + "}}"),
            400,
            "bad_request");
    assertThat(misnamed.get("message").asText()).contains("name it " + entity + ".json");
  }

  private String givenEntity() {
    String entity = uniqueName("gadget");
    Api.Reply reply = admin.post("/api/v1/metadata/entities", entityJson(entity));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return entity;
  }

  private static String entityJson(String name) {
    return "{\"name\": \""
        + name
        + "\", \"labels\": {\"en\": \"Gadget\", \"zh-CN\": \"小工具\"},"
        + " \"fields\": [{\"name\": \"name\", \"type\": \"text\", \"required\": true,"
        + " \"labels\": {\"en\": \"Name\"}}]}";
  }
}
