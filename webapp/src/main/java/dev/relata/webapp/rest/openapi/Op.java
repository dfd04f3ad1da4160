package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.access.SystemPermission;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one operation of the document: its id, tag, texts, parameters, body and every status it
 * really answers. Error statuses refer to the shared responses, whose body is the Error schema.
 */
final class Op {
  static final String JSON = "application/json";

  private final Operation operation = new Operation();
  private final List<Parameter> parameters = new ArrayList<>();
  private final Map<String, ApiResponse> successes = new LinkedHashMap<>();
  private final Map<String, ApiResponse> errors = new TreeMap<>();
  private final List<SystemPermission> permissions = new ArrayList<>();

  private Op(String operationId, String tag, String summary) {
    operation.operationId(operationId).addTagsItem(tag).summary(summary);
  }

  static Op of(String operationId, String tag, String summary) {
    return new Op(operationId, tag, summary);
  }

  Op description(String text) {
    operation.description(text);
    return this;
  }

  Op path(String name, Schema<?> schema, String description) {
    parameters.add(
        new Parameter()
            .in("path")
            .name(name)
            .required(true)
            .description(description)
            .schema(schema));
    return this;
  }

  Op query(String name, Schema<?> schema, String description) {
    parameters.add(new Parameter().in("query").name(name).description(description).schema(schema));
    return this;
  }

  /**
   * {@code If-Match}: the version read. A change may send it as {@code version} in the body
   * instead; a stale one is 409.
   */
  Op ifMatch() {
    parameters.add(
        new Parameter()
            .in("header")
            .name("If-Match")
            .description("The version read (the ETag of GET), e.g. \"3\"; a stale one is 409.")
            .schema(new Schema<String>().type("string")));
    return this;
  }

  Op body(String schema, boolean required, String description) {
    return body(Schemas.ref(schema), required, description);
  }

  Op body(Schema<?> schema, boolean required, String description) {
    operation.requestBody(
        new RequestBody()
            .required(required)
            .description(description)
            .content(new Content().addMediaType(JSON, new MediaType().schema(schema))));
    return this;
  }

  /** 200 with a body. */
  Op ok(String schema, String description) {
    return success("200", description, Schemas.ref(schema), false, false);
  }

  /** 200 with a body and the version as ETag. */
  Op okWithETag(String schema, String description) {
    return success("200", description, Schemas.ref(schema), false, true);
  }

  /** 201 with a body, its URL as Location and, when it has one, its version as ETag. */
  Op created(String schema, String description, boolean etag) {
    return success("201", description, Schemas.ref(schema), true, etag);
  }

  /** 201 with a body and neither Location nor ETag. */
  Op createdWithoutLocation(String schema, String description) {
    return success("201", description, Schemas.ref(schema), false, false);
  }

  Op noContent(String description) {
    successes.put("204", new ApiResponse().description(description));
    return this;
  }

  /** The error statuses this operation answers besides 500, which every operation may. */
  Op errors(int... statuses) {
    for (int status : statuses) {
      errors.put(String.valueOf(status), SharedComponents.errorResponse(status));
    }
    return this;
  }

  /**
   * The system permission the caller needs (any one of several), said at the end of the
   * description; without it the answer is 403.
   */
  Op needs(SystemPermission... anyOf) {
    permissions.addAll(List.of(anyOf));
    return errors(403);
  }

  /** An operation that needs no token (signing in). */
  Op anonymous() {
    operation.security(List.of(new SecurityRequirement()));
    return this;
  }

  Operation build() {
    if (!permissions.isEmpty()) {
      operation.description(
          operation.getDescription()
              + " Needs the system permission "
              + String.join(" or ", permissions.stream().map(SystemPermission::apiName).toList())
              + ".");
    }
    if (!parameters.isEmpty()) {
      operation.parameters(parameters);
    }
    ApiResponses responses = new ApiResponses();
    successes.forEach(responses::addApiResponse);
    errors.forEach(responses::addApiResponse);
    responses.addApiResponse("500", SharedComponents.errorResponse(500));
    operation.responses(responses);
    return operation;
  }

  private Op success(
      String status, String description, Schema<?> schema, boolean location, boolean etag) {
    ApiResponse response =
        new ApiResponse()
            .description(description)
            .content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
    if (location) {
      response.addHeaderObject("Location", new Header().$ref(SharedComponents.LOCATION));
    }
    if (etag) {
      response.addHeaderObject("ETag", new Header().$ref(SharedComponents.ETAG));
    }
    successes.put(status, response);
    return this;
  }
}
