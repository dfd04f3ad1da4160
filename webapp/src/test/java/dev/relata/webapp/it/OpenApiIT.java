package dev.relata.webapp.it;

import static dev.relata.webapp.it.ApiErrors.assertError;
import static dev.relata.webapp.it.ApiErrors.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document: YAML or JSON, generated parts that follow metadata changes at once,
 * and a description the server's real answers match.
 */
class OpenApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final Api admin = Api.admin();
  private final String token = admin.token();

  @Test
  void theDocumentIsYamlByDefaultAndJsonWhenAskedFor() throws IOException {
    HttpResponse<String> byDefault = fetch("/openapi", null, null);
    HttpResponse<String> byAccept = fetch("/openapi", "application/json", null);
    HttpResponse<String> byParameter = fetch("/openapi?format=json", null, null);

    assertThat(byDefault.statusCode()).isEqualTo(200);
    assertThat(byDefault.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/yaml");
    assertThat(new YAMLMapper().readTree(byDefault.body()).get("openapi").asText())
        .isEqualTo("3.0.3");
    assertThat(byAccept.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    assertThat(JSON.readTree(byAccept.body()).get("paths").has("/api/v1/records/{entity}"))
        .isTrue();
    assertThat(byParameter.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    assertThat(JSON.readTree(byParameter.body()).get("openapi").asText()).isEqualTo("3.0.3");
  }

  @Test
  void anUnknownFormatOrAForgedTokenIsRefusedInTheErrorShape() {
    Api.Reply xml = Api.anonymous().get("/openapi?format=xml");
    Api.Reply forged = Api.anonymous().withToken("forged").get("/openapi");

    assertError(xml, 400, "bad_request");
    assertError(forged, 401, "unauthorized");
  }

  @Test
  void anEntityCreatedAtRuntimeIsDescribedAtOnceWithItsPicklist() {
    String entity = uniqueName("gizmo");
    Api.Reply created =
        admin.post(
            "/api/v1/metadata/entities",
            "{\"name\": \""
                + entity
                + "\", \"labels\": {\"en\": \"Gizmo\", \"zh-CN\": \"小玩意\"}, \"fields\": ["
                + "{\"name\": \"name\", \"type\": \"text\", \"required\": true,"
                + " \"labels\": {\"en\": \"Name\"}},"
                + "{\"name\": \"size\", \"type\": \"picklist\", \"labels\": {\"en\": \"Size\"},"
                + " \"options\": [{\"value\": \"small\", \"order\": 1},"
                + " {\"value\": \"large\", \"order\": 2},"
                + " {\"value\": \"huge\", \"order\": 3, \"active\": false}]}]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    JsonNode document = signedInDocument();
    String type = type(entity);
    JsonNode input = document.at("/components/schemas/" + type + "RecordInput");

    assertThat(document.get("paths").has("/api/v1/records/" + entity)).isTrue();
    assertThat(document.at("/paths/~1api~1v1~1records~1" + entity + "/post/operationId").asText())
        .isEqualTo("create" + type + "Record");
    assertThat(input.at("/properties/size/enum"))
        .extracting(JsonNode::asText)
        .containsExactly("small", "large", "null");
    assertThat(input.at("/properties/name/maxLength").asInt()).isEqualTo(255);
    assertThat(input.get("required")).extracting(JsonNode::asText).containsExactly("name");

    Api.Reply added =
        admin.post(
            "/api/v1/metadata/entities/" + entity + "/fields",
            "{\"name\": \"weight\", \"type\": \"decimal\", \"precision\": 6, \"scale\": 1,"
                + " \"labels\": {\"en\": \"Weight\"}}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);

    JsonNode weight =
        signedInDocument().at("/components/schemas/" + type + "Record/properties/weight");
    assertThat(weight.get("type").asText()).isEqualTo("number");
    assertThat(weight.get("multipleOf").decimalValue()).isEqualByComparingTo("0.1");
  }

  @Test
  void anAnonymousCallerGetsTheFixedApiButNoneOfTheInstallationsEntities() throws IOException {
    JsonNode anonymous = JSON.readTree(fetch("/openapi?format=json", null, null).body());

    assertThat(anonymous.get("paths").has("/api/v1/records/{entity}")).isTrue();
    assertThat(anonymous.get("paths").has("/api/v1/records/customer")).isFalse();
    assertThat(anonymous.at("/components/schemas").has("CustomerRecord")).isFalse();
    assertThat(signedInDocument().at("/components/schemas").has("CustomerRecord")).isTrue();
  }

  @Test
  void operationIdsAreUniqueAndEveryErrorStatusRefersToTheErrorComponent() {
    JsonNode document = signedInDocument();
    List<String> ids = new ArrayList<>();

    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          ids.add(operation.getValue().get("operationId").asText());
                          operation
                              .getValue()
                              .get("responses")
                              .fields()
                              .forEachRemaining(
                                  response -> {
                                    if (response.getKey().startsWith("4")
                                        || response.getKey().startsWith("5")) {
                                      String ref = response.getValue().get("$ref").asText();
                                      assertThat(
                                              document
                                                  .at(ref.substring(1))
                                                  .at("/content/application~1json/schema/$ref")
                                                  .asText())
                                          .isEqualTo("#/components/schemas/Error");
                                    }
                                  });
                        }));

    assertThat(ids).doesNotHaveDuplicates().contains("listCustomerRecords", "signIn");
  }

  @Test
  void everyListWithoutParametersAnswersWhatTheDocumentDescribes() {
    JsonNode document = signedInDocument();
    OpenApiContract contract = new OpenApiContract(document);
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();

    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path -> {
              if (!path.getKey().contains("{") && path.getValue().has("get")) {
                Api.Reply reply = admin.get(path.getKey());
                assertThat(reply.status()).as(path.getKey() + " " + reply).isEqualTo(200);
                String schema = contract.answerSchema("GET", path.getKey(), 200);
                contract.problems(schema, reply.json()).stream()
                    .map(problem -> "GET " + path.getKey() + " as " + schema + ": " + problem)
                    .forEach(problems::add);
                checked.add(path.getKey());
              }
            });

    assertThat(problems).isEmpty();
    assertThat(checked)
        .contains(
            "/api/v1/records/customer",
            "/api/v1/records/opportunity",
            "/api/v1/admin/users",
            "/api/v1/admin/audit",
            "/api/v1/metadata/revisions",
            "/api/v1/me");
  }

  @Test
  void aRecordItsChangeHistoryAndAnErrorMatchTheirSchemas() {
    String entity = uniqueName("widget");
    Api.Reply defined =
        admin.post(
            "/api/v1/metadata/entities",
            "{\"name\": \""
                + entity
                + "\", \"labels\": {\"en\": \"Widget\"}, \"fields\": ["
                + "{\"name\": \"name\", \"type\": \"text\", \"labels\": {\"en\": \"N\"}},"
                + "{\"name\": \"price\", \"type\": \"currency\", \"labels\": {\"en\": \"P\"}},"
                + "{\"name\": \"due\", \"type\": \"date\", \"labels\": {\"en\": \"D\"}},"
                + "{\"name\": \"tags\", \"type\": \"multipicklist\", \"labels\":"
                + " {\"en\": \"T\"}, \"options\": [{\"value\": \"a\", \"order\": 1}]},"
                + "{\"name\": \"number\", \"type\": \"autonumber\", \"pattern\": \"W-{000}\","
                + " \"labels\": {\"en\": \"No\"}}]}");
    assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
    OpenApiContract contract = new OpenApiContract(signedInDocument());
    String type = type(entity);

    Api.Reply created =
        admin.post(
            "/api/v1/records/" + entity,
            "{\"name\": \"w\", \"price\": 12.5, \"due\": \"2026-12-31\", \"tags\": [\"a\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.response().headers().firstValue("Location")).isPresent();
    assertThat(created.response().headers().firstValue("ETag")).isPresent();
    String one = "/api/v1/records/" + entity + "/" + created.json().get("id").asLong();
    Api.Reply history = admin.get(one + "/history");
    Api.Reply invalid = admin.post("/api/v1/records/" + entity, "{\"price\": \"twelve\"}");

    assertThat(contract.problems(type + "Record", created.json())).isEmpty();
    assertThat(contract.problems(type + "Record", admin.get(one).json())).isEmpty();
    assertThat(contract.problems("RecordHistory", history.json())).isEmpty();
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(contract.problems("Error", invalid.json())).isEmpty();
    assertThat(contract.problems(type + "Record", invalid.json())).isNotEmpty();
  }

  private JsonNode signedInDocument() {
    try {
      HttpResponse<String> response = fetch("/openapi", "application/json", token);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> fetch(String path, String accept, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RelataServer.get().baseUrl() + path))
            .timeout(Duration.ofSeconds(60));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** gizmo_0a1b → Gizmo0a1b, as the document names an entity's types. */
  private static String type(String entity) {
    StringBuilder out = new StringBuilder();
    for (String part : entity.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
