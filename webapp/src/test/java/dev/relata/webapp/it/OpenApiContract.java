package dev.relata.webapp.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks real answers against the schemas of a served OpenAPI 3.0 document, with the OpenAPI 3.0
 * dialect of JSON Schema (nullable, boolean exclusive bounds), so that the document is held to what
 * the server really sends.
 */
final class OpenApiContract {
  private static final String LOCATION = "https://relata.test/openapi.json";
  private final JsonNode document;
  private final JsonSchemaFactory factory;

  OpenApiContract(JsonNode document) {
    this.document = document;
    String text = document.toString();
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder ->
                builder
                    .metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(LOCATION, text))));
  }

  /** What is wrong with {@code answer} as an instance of the component schema {@code name}. */
  List<String> problems(String name, JsonNode answer) {
    Set<ValidationMessage> messages =
        factory
            .getSchema(SchemaLocation.of(LOCATION + "#/components/schemas/" + name))
            .validate(answer);
    return messages.stream().map(ValidationMessage::toString).toList();
  }

  /** The component schema an operation answers with {@code status}, e.g. "CustomerRecordPage". */
  String answerSchema(String method, String path, int status) {
    JsonNode response =
        document.path("paths").path(path).path(method.toLowerCase()).path("responses");
    JsonNode answer = response.path(String.valueOf(status));
    if (answer.has("$ref")) {
      answer = document.at(answer.get("$ref").asText().substring(1));
    }
    String ref =
        answer.path("content").path("application/json").path("schema").path("$ref").asText();
    if (ref.isEmpty()) {
      throw new AssertionError(method + " " + path + " documents no " + status + " schema");
    }
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
