package dev.relata.webapp.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The document as a client generator reads it. */
class ApiDocumentTest {
  private final OpenAPI document =
      ApiDocument.build("https://crm.example.org", Gadgets.installation());

  @Test
  void everyOperationHasAnOperationIdNoOtherOperationHas() {
    List<String> ids = new ArrayList<>();
    eachOperation(document, (where, operation) -> ids.add(operation.getOperationId()));

    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(ids).hasSizeGreaterThan(60);
  }

  @Test
  void everyErrorStatusRefersToASharedResponseWhoseBodyIsTheErrorSchema() {
    eachOperation(
        document,
        (where, operation) ->
            operation
                .getResponses()
                .forEach(
                    (status, response) -> {
                      if (Integer.parseInt(status) >= 400) {
                        assertThat(response.get$ref())
                            .as(where + " " + status)
                            .startsWith("#/components/responses/");
                      }
                    }));
    for (ApiResponse shared : document.getComponents().getResponses().values()) {
      assertThat(shared.getContent().get("application/json").getSchema().get$ref())
          .isEqualTo("#/components/schemas/Error");
    }
  }

  @Test
  void everyOperationSaysWhatItAnswersOnSuccessAndOnAFault() {
    eachOperation(
        document,
        (where, operation) -> {
          assertThat(operation.getResponses().keySet())
              .as(where)
              .anyMatch(status -> status.startsWith("2"))
              .contains("500");
          assertThat(operation.getSummary()).as(where).isNotBlank();
          assertThat(operation.getDescription()).as(where).isNotBlank();
          assertThat(operation.getTags()).as(where).hasSize(1);
        });
  }

  @Test
  void everyTagUsedIsDeclaredWithADescription() {
    Set<String> declared = new HashSet<>();
    document
        .getTags()
        .forEach(
            tag -> {
              assertThat(tag.getDescription()).as(tag.getName()).isNotBlank();
              declared.add(tag.getName());
            });

    eachOperation(
        document, (where, operation) -> assertThat(declared).containsAll(operation.getTags()));
  }

  @Test
  void everyReferenceLeadsToAComponent() {
    JsonNode tree = new ObjectMapper().valueToTree(jsonTree(document));
    List<String> refs = new ArrayList<>();
    collectRefs(tree, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(tree.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void everyComponentIsUsedSignedInAndAnonymous() {
    for (OpenAPI each : List.of(document, ApiDocument.build("http://localhost", List.of()))) {
      List<String> refs = new ArrayList<>();
      collectRefs(new ObjectMapper().valueToTree(jsonTree(each)), refs);
      for (String kind : List.of("schemas", "responses", "headers")) {
        Map<String, ?> components =
            switch (kind) {
              case "schemas" -> each.getComponents().getSchemas();
              case "responses" -> each.getComponents().getResponses();
              default -> each.getComponents().getHeaders();
            };
        for (String name : components.keySet()) {
          assertThat(refs).as(kind + " " + name).contains("#/components/" + kind + "/" + name);
        }
      }
    }
  }

  @Test
  void everyAdministrativeOperationNamesTheSystemPermissionItNeedsAndAnswers403() {
    List<String> checked = new ArrayList<>();
    eachOperation(
        document,
        (where, operation) -> {
          if (where.contains(" /api/v1/admin/")) {
            assertThat(operation.getDescription())
                .as(where)
                .containsPattern("Needs the system permission [a-z_]+( or [a-z_]+)?\\.$");
            assertThat(operation.getResponses()).as(where).containsKey("403");
            checked.add(where);
          }
        });

    assertThat(checked)
        .contains(
            "PUT /api/v1/admin/roles/{name}/permissions",
            "POST /api/v1/admin/access/revisions/{id}/rollback",
            "GET /api/v1/admin/audit");
    assertThat(document.getPaths().get("/api/v1/admin/audit").getGet().getDescription())
        .endsWith("Needs the system permission view_logs.");
    assertThat(document.getPaths().get("/api/v1/admin/roles").getGet().getDescription())
        .endsWith("Needs the system permission manage_roles or manage_users.");
  }

  @Test
  void theAccessPolicysClosedSetsAreTheModelsOwn() {
    var schemas = document.getComponents().getSchemas();

    assertThat(schemas.get("Scope").getEnum())
        .containsExactly("none", "own", "department", "department_tree", "subordinates", "all");
    assertThat(schemas.get("AccessAction").getEnum())
        .containsExactly("read", "create", "edit", "delete", "import", "export", "assign", "share");
    assertThat(schemas.get("FieldAccess").getEnum()).containsExactly("hidden", "read", "edit");
    assertThat(schemas.get("SystemPermission").getEnum())
        .hasSize(dev.relata.metadata.access.SystemPermission.values().length)
        .contains("manage_users", "view_logs");
    assertThat(schemas.get("PermissionMatrix").getItems().get$ref())
        .isEqualTo("#/components/schemas/PermissionCell");
    assertThat(schemas.get("PermissionCell").getAdditionalProperties()).isEqualTo(false);
  }

  @Test
  void anAnswerRequiresEveryMemberEvenWhenItIsHeldByAnotherAnswer() {
    var schemas = document.getComponents().getSchemas();

    assertThat(schemas.get("User").getRequired())
        .containsExactlyInAnyOrderElementsOf(schemas.get("User").getProperties().keySet());
    assertThat(schemas.get("UserPage").getRequired())
        .containsExactlyInAnyOrder("items", "total", "page", "size");
    assertThat(schemas.get("Field").getRequired())
        .contains("name", "type", "required", "deleted")
        .doesNotContain("length", "options", "target");
  }

  @Test
  void aMemberThatMayHoldAnotherShapeOrNullIsThatShapeMadeNullable() {
    io.swagger.v3.oas.models.media.Schema<?> department =
        (io.swagger.v3.oas.models.media.Schema<?>)
            document.getComponents().getSchemas().get("Profile").getProperties().get("department");

    assertThat(department.getNullable()).isTrue();
    assertThat(department.get$ref()).isNull();
    assertThat(department.getProperties()).containsKeys("id", "name");
  }

  @Test
  void integerParametersAreTypedAsIntegers() {
    eachOperation(
        document,
        (where, operation) -> {
          for (Parameter parameter : parameters(operation)) {
            if (Set.of("page", "size", "id", "userId", "department")
                .contains(parameter.getName())) {
              assertThat(parameter.getSchema().getType())
                  .as(where + " " + parameter.getName())
                  .isEqualTo("integer");
            }
          }
        });
  }

  @Test
  void aCreatedRecordIsAnswered201WithItsLocationAndVersion() {
    ApiResponse created =
        document.getPaths().get("/api/v1/records/customer").getPost().getResponses().get("201");

    assertThat(created.getHeaders()).containsKeys("Location", "ETag");
    assertThat(created.getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/CustomerRecord");
  }

  @Test
  void eachEntityHasItsOwnPathsOperationIdsTagAndSchemas() {
    PathItem gadgets = document.getPaths().get("/api/v1/records/gadget");
    PathItem oneGadget = document.getPaths().get("/api/v1/records/gadget/{id}");

    assertThat(gadgets.getGet().getOperationId()).isEqualTo("listGadgetRecords");
    assertThat(gadgets.getPost().getOperationId()).isEqualTo("createGadgetRecord");
    assertThat(oneGadget.getPatch().getOperationId()).isEqualTo("updateGadgetRecord");
    assertThat(gadgets.getGet().getTags()).containsExactly("gadget-records");
    assertThat(
            document
                .getPaths()
                .get("/api/v1/records/service_request/{id}/history")
                .getGet()
                .getOperationId())
        .isEqualTo("getServiceRequestRecordHistory");
    assertThat(document.getComponents().getSchemas())
        .containsKeys(
            "GadgetRecord",
            "GadgetRecordInput",
            "GadgetRecordUpdate",
            "GadgetRecordPage",
            "ServiceRequestRecord");
    assertThat(oneGadget.getPatch().getRequestBody().getContent().get("application/json"))
        .extracting(media -> media.getSchema().get$ref())
        .isEqualTo("#/components/schemas/GadgetRecordUpdate");
  }

  @Test
  void anAnonymousDocumentHasTheGenericRecordPathsButNoEntityOfTheInstallation() {
    OpenAPI anonymous = ApiDocument.build("https://crm.example.org", List.of());

    assertThat(anonymous.getPaths()).containsKey("/api/v1/records/{entity}");
    assertThat(anonymous.getPaths().keySet()).noneMatch(path -> path.contains("customer"));
    assertThat(anonymous.getComponents().getSchemas().keySet())
        .noneMatch(name -> name.startsWith("Customer"));
    assertThat(anonymous.getComponents().getSchemas()).containsKeys("Record", "RecordPage");
  }

  @Test
  void theFixedSchemaNamesCannotMeetAnEntitysSchemaNames() {
    for (String name : SharedComponents.schemaNames()) {
      if (!name.startsWith("Record")) {
        assertThat(name)
            .as("an entity could be named after the start of " + name)
            .doesNotEndWith("Record")
            .doesNotEndWith("RecordInput")
            .doesNotEndWith("RecordUpdate")
            .doesNotEndWith("RecordPage");
      }
    }
  }

  @Test
  void theServerIsTheOneTheCallerReached() {
    assertThat(document.getServers())
        .singleElement()
        .extracting(s -> s.getUrl())
        .isEqualTo("https://crm.example.org");
    assertThat(document.getOpenapi()).isEqualTo("3.0.3");
  }

  static void eachOperation(OpenAPI document, BiConsumer<String, Operation> check) {
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> check.accept(method + " " + path, operation)));
  }

  static List<Parameter> parameters(Operation operation) {
    return operation.getParameters() == null ? List.of() : operation.getParameters();
  }

  private static Object jsonTree(OpenAPI document) {
    try {
      return new ObjectMapper().readValue(DocumentFormat.JSON.write(document), Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("$ref")) {
                  refs.add(e.getValue().asText());
                } else {
                  collectRefs(e.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
