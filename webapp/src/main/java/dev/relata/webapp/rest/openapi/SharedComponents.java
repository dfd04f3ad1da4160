package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.FieldAccess;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.model.FieldType;
import dev.relata.webapp.rest.representation.AccessRepresentations;
import dev.relata.webapp.rest.representation.AccountRepresentations;
import dev.relata.webapp.rest.representation.AdminRepresentations;
import dev.relata.webapp.rest.representation.ErrorRepresentations;
import dev.relata.webapp.rest.representation.MetadataRepresentations;
import dev.relata.webapp.rest.representation.RecordRepresentations;
import dev.relata.webapp.rest.representation.RuleRepresentations;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The components every document has: the schemas generated from the representation records, a few
 * written here (labels, field types, generic records), the error responses, the Location and ETag
 * headers and the bearer security scheme. Built once: none of it depends on metadata.
 */
final class SharedComponents {
  static final String ETAG = "#/components/headers/ETag";
  static final String LOCATION = "#/components/headers/Location";
  static final String BEARER = "bearer";

  /** Error responses by status: name, and when the API answers it. */
  private static final Map<Integer, String[]> ERRORS =
      Map.of(
          400,
          new String[] {
            "BadRequest",
            "Malformed: not JSON, not an object, a bad filter or sort, a parameter that is not a"
                + " number (error: bad_request)."
          },
          401,
          new String[] {
            "Unauthorized",
            "No bearer token, or one that no longer works; or, when signing in, wrong credentials"
                + " (error: unauthorized)."
          },
          403,
          new String[] {
            "Forbidden",
            "The caller may not do this, e.g. it lacks the system permission the operation needs"
                + " (forbidden)."
          },
          404,
          new String[] {
            "NotFound",
            "No such entity, record, user or path, or one the caller may not see (not_found)."
          },
          409,
          new String[] {
            "Conflict",
            "The state forbids it now: changed since read (a stale version), still in use, or"
                + " busy; nothing was changed (conflict)."
          },
          422,
          new String[] {
            "ValidationFailed",
            "Values that are not valid; fields[] names each one and why (validation_failed)."
          },
          500,
          new String[] {
            "InternalError",
            "A fault on the server; the message carries an incident id that is in the server log"
                + " (internal_error)."
          });

  /** Shapes that are answers: every property is always present (null where it may be). */
  private static final List<Class<?>> ANSWERS =
      List.of(
          ErrorRepresentations.Error.class,
          ErrorRepresentations.FieldError.class,
          AccountRepresentations.IssuedToken.class,
          AccountRepresentations.Profile.class,
          AccountRepresentations.DepartmentRef.class,
          AccountRepresentations.TotpStatus.class,
          AccountRepresentations.TotpEnrolment.class,
          AccountRepresentations.RecoveryCodes.class,
          AccountRepresentations.PersonalToken.class,
          AccountRepresentations.PersonalTokenList.class,
          AccountRepresentations.CreatedPersonalToken.class,
          AdminRepresentations.User.class,
          AdminRepresentations.UserWithPassword.class,
          AdminRepresentations.UserPage.class,
          AdminRepresentations.Department.class,
          AdminRepresentations.DepartmentList.class,
          AdminRepresentations.Role.class,
          AdminRepresentations.RoleList.class,
          AdminRepresentations.SecurityPolicy.class,
          AdminRepresentations.UserSummary.class,
          AdminRepresentations.UserSummaryList.class,
          AdminRepresentations.LoginEvent.class,
          AdminRepresentations.LoginEventPage.class,
          AdminRepresentations.AuditEvent.class,
          AdminRepresentations.AuditEventPage.class,
          AccessRepresentations.PermissionCell.class,
          AccessRepresentations.FieldPermission.class,
          AccessRepresentations.AccessRevision.class,
          AccessRepresentations.AccessRevisionPage.class,
          MetadataRepresentations.Entity.class,
          MetadataRepresentations.EntityList.class,
          MetadataRepresentations.Field.class,
          MetadataRepresentations.Revision.class,
          MetadataRepresentations.RevisionDetail.class,
          MetadataRepresentations.DefinitionChange.class,
          MetadataRepresentations.RevisionPage.class,
          MetadataRepresentations.ImportResult.class,
          RecordRepresentations.FieldChange.class,
          RecordRepresentations.RecordHistory.class,
          RuleRepresentations.RuleFile.class,
          RuleRepresentations.RuleFileList.class,
          RuleRepresentations.RuleFileContent.class,
          RuleRepresentations.RuleProblem.class,
          RuleRepresentations.RuleValidation.class,
          RuleRepresentations.RuleTestResult.class,
          RuleRepresentations.RuleTestRun.class,
          RuleRepresentations.RuleRevision.class,
          RuleRepresentations.RuleRevisionPage.class,
          RuleRepresentations.RuleFileChange.class,
          RuleRepresentations.RuleRevisionDetail.class);

  /** Shapes that are request bodies: only what their records mark required is required. */
  private static final List<Class<?>> REQUESTS =
      List.of(
          AccountRepresentations.TokenRequest.class,
          AccountRepresentations.PasswordChange.class,
          AccountRepresentations.CurrentPassword.class,
          AccountRepresentations.TotpCode.class,
          AccountRepresentations.PersonalTokenInput.class,
          AdminRepresentations.UserInput.class,
          AdminRepresentations.UserUpdate.class,
          AdminRepresentations.Deactivation.class,
          AdminRepresentations.PasswordReset.class,
          AdminRepresentations.DepartmentInput.class,
          AdminRepresentations.DepartmentUpdate.class,
          AdminRepresentations.RoleInput.class,
          AdminRepresentations.RoleUpdate.class,
          AdminRepresentations.SecurityPolicyUpdate.class,
          AccessRepresentations.AccessPolicy.class,
          AccessRepresentations.RoleAccess.class,
          MetadataRepresentations.PicklistOption.class,
          MetadataRepresentations.EntityInput.class,
          MetadataRepresentations.EntityUpdate.class,
          MetadataRepresentations.FieldInput.class,
          MetadataRepresentations.FieldUpdate.class,
          MetadataRepresentations.DefinitionFiles.class,
          RuleRepresentations.RuleFileInput.class);

  /**
   * Shapes the platform checks strictly: a member it does not know is refused (422, or 400 in the
   * access policy's shapes, which are read before any value is).
   */
  private static final List<String> STRICT =
      List.of(
          "UserInput",
          "UserUpdate",
          "Deactivation",
          "PasswordReset",
          "DepartmentInput",
          "DepartmentUpdate",
          "RoleInput",
          "RoleUpdate",
          "SecurityPolicyUpdate",
          "RuleFileInput",
          "PermissionCell",
          "FieldPermission",
          "AccessPolicy",
          "RoleAccess");

  private static final Components SHARED = build();

  private SharedComponents() {}

  /** A fresh copy of the shared components, for one document to add its entity schemas to. */
  static Components copy() {
    Components copy = new Components();
    copy.setSchemas(new TreeMap<>(SHARED.getSchemas()));
    copy.setResponses(new TreeMap<>(SHARED.getResponses()));
    copy.setHeaders(new TreeMap<>(SHARED.getHeaders()));
    copy.setSecuritySchemes(new TreeMap<>(SHARED.getSecuritySchemes()));
    return copy;
  }

  /** Names of the schemas that do not depend on metadata. */
  static java.util.Set<String> schemaNames() {
    return SHARED.getSchemas().keySet();
  }

  static ApiResponse errorResponse(int status) {
    String[] error = ERRORS.get(status);
    if (error == null) {
      throw new IllegalArgumentException("No shared response for " + status);
    }
    return new ApiResponse().$ref("#/components/responses/" + error[0]);
  }

  private static Components build() {
    Map<String, Schema> schemas = new TreeMap<>();
    // Resolving a shape resolves the shapes it holds afresh, so members are required only once
    // every shape is resolved.
    ANSWERS.forEach(type -> resolve(type, schemas));
    REQUESTS.forEach(type -> resolve(type, schemas));
    ANSWERS.forEach(type -> requireEveryMember(type, schemas));
    java.util.Set<String> inlined = new java.util.TreeSet<>();
    ANSWERS.forEach(type -> inlined.addAll(nullableShapes(type, schemas)));
    REQUESTS.forEach(type -> inlined.addAll(nullableShapes(type, schemas)));
    dropUnreferenced(inlined, schemas);
    STRICT.forEach(name -> schemas.get(name).additionalProperties(false));
    anyJson(schemas, "DefinitionChange", "before", "after");
    anyJsonObject(schemas, "AuditEvent", "before", "after");
    schemas.get("DefinitionFiles").getProperties().put("entities", definitionFiles());
    schemas.put("Labels", labels());
    schemas.put("FieldType", fieldTypes());
    access(schemas);
    schemas.putAll(EntitySchemas.generic());

    Components components = new Components();
    components.setSchemas(schemas);
    ERRORS.forEach(
        (status, error) ->
            components.addResponses(
                error[0],
                new ApiResponse()
                    .description(error[1])
                    .content(
                        new Content()
                            .addMediaType(Op.JSON, new MediaType().schema(Schemas.ref("Error"))))));
    components.addHeaders(
        "ETag",
        new Header()
            .description(
                "The version of what was answered, e.g. \"3\"; send it back as If-Match (or as"
                    + " version in the body) to change it.")
            .schema(new StringSchema()));
    components.addHeaders(
        "Location",
        new Header()
            .description("The URL of what was created.")
            .schema(new StringSchema().format("uri")));
    components.addSecuritySchemes(
        BEARER,
        new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description(
                "A token from POST /api/v1/auth/token, or a personal token made under /me/tokens:"
                    + " Authorization: Bearer <token>."));
    return components;
  }

  @SuppressWarnings("rawtypes")
  private static void resolve(Class<?> type, Map<String, Schema> schemas) {
    schemas.putAll(ModelConverters.getInstance().readAll(type));
  }

  /**
   * Answers carry every member, null where there is no value; members a record marks NOT_REQUIRED
   * are left out when they do not apply (a field's length on an integer).
   */
  @SuppressWarnings("rawtypes")
  private static void requireEveryMember(Class<?> type, Map<String, Schema> schemas) {
    io.swagger.v3.oas.annotations.media.Schema annotation =
        type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    Schema schema = schemas.get(annotation.name());
    List<String> required = new ArrayList<>();
    for (var component : type.getRecordComponents()) {
      io.swagger.v3.oas.annotations.media.Schema note = member(type, component.getName());
      if (note != null
          && note.requiredMode()
              == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED) {
        continue;
      }
      required.add(note != null && !note.name().isEmpty() ? note.name() : component.getName());
    }
    schema.setRequired(required);
  }

  private static io.swagger.v3.oas.annotations.media.Schema member(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      return field.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Members that hold any JSON value, null included: a schema without a type. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void anyJson(Map<String, Schema> schemas, String name, String... members) {
    for (String member : members) {
      Schema old = (Schema) schemas.get(name).getProperties().get(member);
      schemas
          .get(name)
          .getProperties()
          .put(member, new Schema<>().description(old.getDescription()));
    }
  }

  /** Members that hold a JSON object of any members, or null. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void anyJsonObject(Map<String, Schema> schemas, String name, String... members) {
    for (String member : members) {
      Schema old = (Schema) schemas.get(name).getProperties().get(member);
      schemas
          .get(name)
          .getProperties()
          .put(
              member,
              new ObjectSchema()
                  .additionalProperties(true)
                  .nullable(true)
                  .description(old.getDescription()));
    }
  }

  /**
   * A member that holds another shape or null. OpenAPI 3.0 ignores the siblings of a $ref, and an
   * allOf of the reference still refuses null (nullable only widens the type of its own schema), so
   * the member is a copy of the shape that is itself nullable.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<String> nullableShapes(Class<?> type, Map<String, Schema> schemas) {
    List<String> inlined = new ArrayList<>();
    Schema schema =
        schemas.get(type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name());
    for (var component : type.getRecordComponents()) {
      io.swagger.v3.oas.annotations.media.Schema note = member(type, component.getName());
      Schema property = (Schema) schema.getProperties().get(component.getName());
      if (note != null && note.nullable() && property != null && property.get$ref() != null) {
        String shapeName = property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1);
        Schema shape = schemas.get(shapeName);
        Schema copy =
            new ObjectSchema()
                .properties(shape.getProperties())
                .required(shape.getRequired())
                .nullable(true)
                .description(
                    note.description().isEmpty() ? shape.getDescription() : note.description());
        schema.getProperties().put(component.getName(), copy);
        inlined.add(shapeName);
      }
    }
    return inlined;
  }

  /** Shapes copied into the members that hold them, and held nowhere else, are not components. */
  @SuppressWarnings("rawtypes")
  private static void dropUnreferenced(java.util.Set<String> names, Map<String, Schema> schemas) {
    String all =
        DocumentFormat.JSON.write(
            new io.swagger.v3.oas.models.OpenAPI().components(new Components().schemas(schemas)));
    for (String name : names) {
      if (!all.contains("\"#/components/schemas/" + name + "\"")) {
        schemas.remove(name);
      }
    }
  }

  private static Schema<?> definitionFiles() {
    return new ObjectSchema()
        .description("Canonical definition files by file name, e.g. customer.json.")
        .additionalProperties(new ObjectSchema().additionalProperties(true));
  }

  private static Schema<?> labels() {
    Schema<Object> labels = new Schema<>();
    labels
        .type("object")
        .description("A text per locale tag: en, zh-CN, …; English is the fallback.")
        .additionalProperties(new StringSchema().maxLength(200))
        .example(Map.of("en", "Customer", "zh-CN", "客户"));
    return labels;
  }

  /**
   * The access policy's closed sets, taken from the model's enums so that the document cannot drift
   * from what the platform accepts, and the bare lists the role endpoints read and answer.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void access(Map<String, Schema> schemas) {
    schemas.put(
        "AccessAction",
        names(AccessAction.values(), AccessAction::apiName)
            .description(
                "An action of the permission matrix; assign changes a record's owner, share shares"
                    + " it."));
    schemas.put(
        "Scope",
        names(Scope.values(), Scope::apiName)
            .description(
                "Whose records a matrix cell reaches: own, the user's; department, those whose"
                    + " owner is in the user's department; department_tree, also the departments"
                    + " below it; subordinates, the user's and those of whoever reports to the"
                    + " user, directly or not; all; none."));
    schemas.put(
        "FieldAccess",
        names(FieldAccess.values(), FieldAccess::apiName)
            .description("What a role may do with a field, from least to most."));
    schemas.put(
        "SystemPermission",
        names(SystemPermission.values(), SystemPermission::apiName)
            .description(
                "A part of administration: manage_users (users, departments, security policy),"
                    + " manage_roles (roles and the access policy), customize (the object manager),"
                    + " manage_rules (the rule editor), view_logs (login and audit logs), view_as"
                    + " (not built yet)."));
    Map<String, Schema> cell = schemas.get("PermissionCell").getProperties();
    cell.put("action", Schemas.ref("AccessAction"));
    cell.put("scope", Schemas.ref("Scope"));
    schemas.get("FieldPermission").getProperties().put("access", Schemas.ref("FieldAccess"));

    Map<String, Schema> role = schemas.get("RoleAccess").getProperties();
    ObjectSchema byAction = new ObjectSchema();
    for (AccessAction action : AccessAction.values()) {
      byAction.addProperty(action.apiName(), Schemas.ref("Scope"));
    }
    byAction.additionalProperties(false);
    role.put(
        "objects",
        new ObjectSchema()
            .additionalProperties(byAction)
            .description(role.get("objects").getDescription()));
    role.put(
        "fields",
        new ObjectSchema()
            .additionalProperties(
                new ObjectSchema().additionalProperties(Schemas.ref("FieldAccess")))
            .description(role.get("fields").getDescription()));
    role.put(
        "system",
        Schemas.arrayOf(Schemas.ref("SystemPermission"))
            .description(role.get("system").getDescription()));

    schemas.put(
        "PermissionMatrix",
        Schemas.arrayOf(Schemas.ref("PermissionCell"))
            .description(
                "A role's permission matrix. Answered: every cell, for every active entity and"
                    + " action. Sent: a cell not sent is none; a cell given twice is 422."));
    schemas.put(
        "FieldPermissionList",
        Schemas.arrayOf(Schemas.ref("FieldPermission"))
            .description(
                "A role's field permissions. Answered: the fields that are not edit. Sent: a field"
                    + " not sent is edit; a field given twice is 422."));
    schemas.put(
        "SystemPermissionList",
        Schemas.arrayOf(Schemas.ref("SystemPermission"))
            .description(
                "A role's system permissions; answered without repeats, in the order of the"
                    + " SystemPermission values."));
  }

  private static <E extends Enum<E>> Schema<?> names(
      E[] values, java.util.function.Function<E, String> apiName) {
    return new StringSchema()._enum(Arrays.stream(values).map(apiName).toList());
  }

  private static Schema<?> fieldTypes() {
    return new StringSchema()
        ._enum(Arrays.stream(FieldType.values()).map(FieldType::apiName).toList())
        .description("The kinds of value a field can hold; see the API guide for their options.");
  }
}
