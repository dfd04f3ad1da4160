package dev.relata.webapp.rest.representation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The access policy as administrators read and change it: a role's cells of the permission matrix,
 * its field permissions, the policy file and its versions. The allowed actions, scopes, accesses
 * and system permissions are not written here: the document takes them from the model's enums.
 */
public final class AccessRepresentations {
  private static final String ENTITY = "An entity's name, deleted ones excluded.";

  private AccessRepresentations() {}

  @Schema(
      name = "PermissionCell",
      description =
          "One cell of a role's permission matrix: whose records of the entity the action"
              + " reaches. Any other member is 400.")
  public record PermissionCell(
      @Schema(description = ENTITY, example = "opportunity") String entity,
      @Schema(description = "assign: change the owner.") String action,
      @Schema(
              description =
                  "own: records the user owns; department: whose owner is in the user's"
                      + " department; department_tree: also the departments below it;"
                      + " subordinates: the user's and those of whoever reports to them.")
          String scope) {}

  @Schema(
      name = "FieldPermission",
      description =
          "What a role may do with one field; a field not listed is edit. Any other member is"
              + " 400.")
  public record FieldPermission(
      @Schema(description = ENTITY, example = "opportunity") String entity,
      @Schema(description = "One of the entity's active fields.", example = "probability")
          String field,
      @Schema(description = "hidden, read or edit.") String access) {}

  @Schema(
      name = "RoleAccess",
      description =
          "One role's part of the policy file. Export writes all three members; on import a"
              + " member left out is empty.")
  public record RoleAccess(
      @Schema(
              description =
                  "Matrix cells by entity and action: {\"opportunity\": {\"read\": \"own\"}}. An"
                      + " action left out is none; an entity left out is none, or all for"
                      + " admin.")
          Map<String, Map<String, String>> objects,
      @Schema(
              description =
                  "Field permissions by entity and field: {\"opportunity\": {\"probability\":"
                      + " \"read\"}}. A field left out is edit.")
          Map<String, Map<String, String>> fields,
      @Schema(description = "System permissions.") List<String> system) {}

  @Schema(
      name = "AccessPolicy",
      description =
          "The whole access policy as a file: pretty-printed JSON with sorted keys. On import every"
              + " role must exist and every entity and field be known; any other member, action,"
              + " scope, access or permission is 400.")
  public record AccessPolicy(
      @Schema(description = "Each role's part by role name; a role left out is given nothing.")
          Map<String, RoleAccess> roles) {}

  @Schema(name = "AccessRevision", description = "One version of the access policy.")
  public record AccessRevision(
      @Schema(description = "Also the policy's version: the ETag while it is in force.") long id,
      Instant createdAt,
      @Schema(description = "The username of who made it; system for the shipped policy.")
          String author,
      @Schema(
              description = "What made it, e.g. role.permissions.update sales_rep.",
              example = "access.policy.rollback 3")
          String summary) {}

  @Schema(name = "AccessRevisionPage", description = "Versions of the access policy, newest first.")
  public record AccessRevisionPage(
      List<AccessRevision> items,
      long total,
      int page,
      int size,
      @Schema(description = "The version in force.") long activeRevision) {}
}
