package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Rule files over REST on the running server: a file with an error is named with its line and the
 * rules in force stay; once fixed and published, record writes obey it; revisions roll back. Each
 * test works on an entity of its own and removes its rules again, since the rules are global.
 */
class RulesApiIT {
  private static final String RULES = "/api/v1/admin/rules";
  private final Api admin = Api.admin();

  @Test
  void aBrokenFileIsNamedWithItsLineAndOnceFixedAndPublishedWritesObeyIt() {
    String entity = widgetEntity();
    String type = factType(entity);
    String path = "it/" + entity + ".drl";
    String broken = "rule \"Big widgets\"\nwhen\n  " + type + "( qty > 10 \nthen\nend\n";

    Api.Reply created = admin.put(RULES + "/" + path, content(broken, null));
    JsonNode validation = action(admin, "/validate").json();
    JsonNode refused = assertError(action(admin, "/publish"), 422, "validation_failed");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("state").asText()).isEqualTo("draft");
    assertThat(validation.get("ok").asBoolean()).isFalse();
    JsonNode problem = problemOf(validation, path);
    assertThat(problem.get("line").asInt()).isBetween(3, 5);
    assertThat(refused.get("fields").findValuesAsText("field")).contains(path);
    assertThat(createWidget(entity, 50).status()).isEqualTo(201);

    String fixed =
        "rule \"Big widgets\"\nwhen\n  "
            + type
            + "( qty > 10 )\nthen\n  reject(\"qty\", \"At most 10 widgets\", \"最多 10 个\");\nend\n";
    assertError(admin.put(RULES + "/" + path, content(fixed, 99L)), 409, "conflict");
    Api.Reply saved =
        admin.put(RULES + "/" + path, content(fixed, created.json().get("version").asLong()));
    Api.Reply published = action(admin, "/publish");
    try {
      assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
      assertThat(published.status()).as(published.toString()).isEqualTo(201);
      assertThat(published.json().get("active").asBoolean()).isTrue();
      assertThat(published.json().get("added").toString()).contains(path);
      JsonNode refusal = assertError(createWidget(entity, 50), 422, "validation_failed");
      assertThat(refusal.get("fields").get(0).get("field").asText()).isEqualTo("qty");
      assertThat(refusal.get("fields").get(0).get("message").asText())
          .isEqualTo("At most 10 widgets");
      assertThat(createWidget(entity, 5).status()).isEqualTo(201);
      JsonNode file = admin.get(RULES + "/" + path).json();
      assertThat(file.get("state").asText()).isEqualTo("published");
      assertThat(file.get("content").asText()).isEqualTo(fixed);
      JsonNode detail =
          admin.get(RULES + "/revisions/" + published.json().get("id").asLong()).json();
      assertThat(detail.get("files").findValuesAsText("path")).contains(path);
      assertThat(detail.get("active").asBoolean()).isTrue();
    } finally {
      remove(path);
    }
    assertThat(createWidget(entity, 50).status()).isEqualTo(201);
  }

  @Test
  void aRevisionRollsBackAndTheActiveOneIsMarked() {
    String entity = widgetEntity();
    String path = "it/" + entity + ".drl";
    admin.put(
        RULES + "/" + path,
        content(
            "rule \"No widgets\"\nwhen\n  "
                + factType(entity)
                + "()\nthen\n  reject(\"name\", \"No widgets today\");\nend\n",
            null));
    long withRule = action(admin, "/publish").json().get("id").asLong();
    remove(path);
    assertThat(createWidget(entity, 1).status()).isEqualTo(201);

    Api.Reply rolledBack = action(admin, "/revisions/" + withRule + "/rollback");
    try {
      assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(201);
      assertThat(rolledBack.json().get("rolledBackTo").asLong()).isEqualTo(withRule);
      assertError(createWidget(entity, 1), 422, "validation_failed");
      JsonNode revisions = admin.get(RULES + "/revisions?size=5").json();
      assertThat(revisions.get("activeRevision").asLong())
          .isEqualTo(rolledBack.json().get("id").asLong());
      assertThat(revisions.get("items").get(0).get("active").asBoolean()).isTrue();
      assertThat(revisions.get("items").get(1).get("active").asBoolean()).isFalse();
    } finally {
      remove(path);
    }
  }

  @Test
  void ruleTestsRunBeforePublishAndAFieldARuleUsesCannotBeDeleted() {
    String entity = widgetEntity();
    String rule = "it/" + entity + ".drl";
    String test = "it/" + entity + ".test.json";
    admin.put(
        RULES + "/" + rule,
        content(
            "rule \"Qty needed\"\nwhen\n  "
                + factType(entity)
                + "( qty == null )\nthen\n  reject(\"qty\", \"Qty needed\");\nend\n",
            null));
    admin.put(
        RULES + "/" + test,
        content(
            "{\"tests\": [\n  {\"name\": \"no qty\", \"entity\": \""
                + entity
                + "\", \"record\": {\"name\": \"w\"}, \"expect\": {\"accepted\": true}}\n]}",
            null));
    try {
      JsonNode run = action(admin, "/tests/run").json();
      JsonNode refused = assertError(action(admin, "/publish"), 422, "validation_failed");

      JsonNode result = resultOf(run, test);
      assertThat(run.get("ok").asBoolean()).isFalse();
      assertThat(result.get("passed").asBoolean()).isFalse();
      assertThat(result.get("line").asInt()).isEqualTo(2);
      assertThat(result.get("failures").get(0).asText()).contains("should be accepted");
      assertThat(refused.get("fields").get(0).get("field").asText()).isEqualTo(test);
      assertThat(refused.get("fields").get(0).get("message").asText()).startsWith("line 2:");

      admin.put(
          RULES + "/" + test,
          content(
              "{\"tests\": [{\"name\": \"no qty\", \"entity\": \""
                  + entity
                  + "\", \"record\": {\"name\": \"w\"}, \"expect\": {\"errors\": [\"qty\"]}}]}",
              admin.get(RULES + "/" + test).json().get("version").asLong()));
      assertThat(action(admin, "/tests/run").json().get("ok").asBoolean()).isTrue();
      assertThat(action(admin, "/publish").status()).isEqualTo(201);

      JsonNode blocked =
          assertError(
              admin.delete("/api/v1/metadata/entities/" + entity + "/fields/qty"), 409, "conflict");
      assertThat(blocked.get("message").asText()).contains(rule);
      assertThat(admin.get("/api/v1/metadata/entities/" + entity).json().toString())
          .contains("\"qty\"");
    } finally {
      assertThat(admin.delete(RULES + "/" + test).status()).isEqualTo(204);
      remove(rule);
    }
  }

  @Test
  void badRequestsAreRefusedClearlyAndChangeNothing() {
    String path = "it/" + uniqueName("bad") + ".drl";
    long before = admin.get(RULES + "/revisions").json().get("total").asLong();

    assertError(admin.put(RULES + "/it/a%20b.drl", content("x", null)), 422, "validation_failed");
    assertError(admin.put(RULES + "/it/x.exe", content("x", null)), 422, "validation_failed");
    assertError(
        admin.put(RULES + "/" + path, "{\"content\": \"x\", \"owner\": 1}"),
        422,
        "validation_failed");
    assertError(admin.put(RULES + "/" + path, "{\"content\": 7}"), 422, "validation_failed");
    assertError(
        admin.put(RULES + "/" + path, "{\"contentBase64\": \"eA==\"}"), 422, "validation_failed");
    assertError(
        admin.put(RULES + "/it/table.xlsx", "{\"contentBase64\": \"not base64!\"}"),
        422,
        "validation_failed");
    assertError(admin.put(RULES + "/" + path, "{\"content\": "), 400, "malformed_json");
    assertError(
        admin.put(RULES + "/" + path, content("x".repeat(5 * 1024 * 1024), null)),
        413,
        "payload_too_large");
    assertError(admin.get(RULES + "/" + path), 404, "not_found");
    assertError(admin.get(RULES + "/revisions/abc"), 404, "not_found");
    assertError(admin.get(RULES + "/revisions/999999999"), 404, "not_found");
    JsonNode user = Accounts.user("analyst");
    Api other = Accounts.signedIn(user);
    assertError(other.get(RULES), 403, "forbidden");
    assertError(action(other, "/publish"), 403, "forbidden");

    assertThat(admin.get(RULES).json().get("items").findValuesAsText("path")).doesNotContain(path);
    assertThat(admin.get(RULES + "/revisions").json().get("total").asLong()).isEqualTo(before);
  }

  @Test
  void aRuleThatReachesForTheSystemIsRefusedWithItsLine() {
    String path = "it/" + uniqueName("exit") + ".drl";
    admin.put(
        RULES + "/" + path, content("rule \"Out\"\nwhen\nthen\n  System.exit(1);\nend\n", null));
    try {
      JsonNode validation = action(admin, "/validate").json();

      assertThat(problemOf(validation, path).get("line").asInt()).isEqualTo(4);
      assertError(action(admin, "/publish"), 422, "validation_failed");
    } finally {
      assertThat(admin.delete(RULES + "/" + path).status()).isEqualTo(204);
    }
  }

  private String widgetEntity() {
    String entity = uniqueName("widget");
    Api.Reply defined =
        admin.post(
            "/api/v1/metadata/entities",
            "{\"name\": \""
                + entity
                + "\", \"labels\": {\"en\": \"Widget\"}, \"fields\": ["
                + "{\"name\": \"name\", \"type\": \"text\", \"labels\": {\"en\": \"Name\"}},"
                + "{\"name\": \"qty\", \"type\": \"integer\", \"labels\": {\"en\": \"Qty\"}}]}");
    assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
    return entity;
  }

  /** The fact type Drools knows the entity by: widget_ab12 → WidgetAb12. */
  private static String factType(String entity) {
    StringBuilder type = new StringBuilder();
    for (String part : entity.split("_")) {
      type.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return type.toString();
  }

  private Api.Reply createWidget(String entity, int qty) {
    return admin.post(
        "/api/v1/records/" + entity,
        "{\"name\": \"" + uniqueName("w") + "\", \"qty\": " + qty + "}");
  }

  /** Deletes a file and publishes, so that the next test starts from the rules it found. */
  private void remove(String path) {
    assertThat(admin.delete(RULES + "/" + path).status()).isEqualTo(204);
    assertThat(admin.get(RULES + "/" + path).json().get("state").asText()).isEqualTo("deleted");
    Api.Reply published = action(admin, "/publish");
    if (published.status() == 409 && published.body().contains("nothing to publish")) {
      return; // the test failed before its file was published: nothing to take back
    }
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.json().get("removed").toString()).contains(path);
    assertError(admin.get(RULES + "/" + path), 404, "not_found");
  }

  /** A POST without a body, as the actions take. */
  private static Api.Reply action(Api api, String path) {
    return api.send("POST", RULES + path, null, null);
  }

  private static JsonNode resultOf(JsonNode run, String path) {
    for (JsonNode result : run.get("results")) {
      if (path.equals(result.get("path").asText())) {
        return result;
      }
    }
    throw new AssertionError("no test result for " + path + " in " + run);
  }

  private static JsonNode problemOf(JsonNode validation, String path) {
    for (JsonNode problem : validation.get("problems")) {
      if (path.equals(problem.get("path").asText())) {
        return problem;
      }
    }
    throw new AssertionError("no problem for " + path + " in " + validation);
  }

  private static String content(String text, Long version) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("content", text);
    if (version != null) {
      body.put("version", version);
    }
    return body.toString();
  }
}
