package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.Labels;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole document for one caller: the fixed API, and for a signed-in caller each entity's
 * schemas and paths as its definition is now. Built per request from the catalog, which the
 * platform keeps in memory, so a metadata change shows in the next document without a restart.
 */
public final class ApiDocument {
  static final String VERSION = "3.0.3";

  private ApiDocument() {}

  /**
   * @param serverUrl the server's base URL as the caller reached it, e.g. {@code
   *     https://crm.example.com}
   * @param entities the entities to describe one by one; empty for an anonymous caller
   */
  public static OpenAPI build(String serverUrl, List<EntityDefinition> entities) {
    List<EntityDefinition> sorted =
        entities.stream().sorted(Comparator.comparing(EntityDefinition::name)).toList();
    SchemaNames names = new SchemaNames(sorted);
    Components components = SharedComponents.copy();
    PathTable table = new PathTable();
    AccountPaths.addTo(table);
    MetadataPaths.addTo(table);
    RecordPaths.generic(table);
    for (EntityDefinition entity : sorted) {
      EntitySchemas.of(entity, names).forEach(components::addSchemas);
      RecordPaths.of(entity, names, table);
    }
    AdminPaths.addTo(table);
    RulePaths.addTo(table);
    return new OpenAPI()
        .openapi(VERSION)
        .info(info(!sorted.isEmpty()))
        .addServersItem(new Server().url(serverUrl).description("This Relata server."))
        .tags(tags(sorted))
        .security(List.of(new SecurityRequirement().addList(SharedComponents.BEARER)))
        .paths(table.paths())
        .components(components);
  }

  private static Info info(boolean withEntities) {
    return new Info()
        .title("Relata API")
        .version("1")
        .contact(new Contact().name("The administrators of this Relata installation"))
        .description(
            "Metadata, records and identity of a Relata installation. Every error has one shape,"
                + " the Error schema. "
                + (withEntities
                    ? "Each entity of this installation has its own record schemas and paths"
                        + " (tags ending in -records), generated from its definition as it is"
                        + " now."
                    : "Sign in (send a bearer token) to get each entity's own record schemas and"
                        + " paths, generated from this installation's definitions."));
  }

  private static List<Tag> tags(List<EntityDefinition> entities) {
    List<Tag> tags = new ArrayList<>();
    tags.add(tag("auth", "Signing in and out for API clients."));
    tags.add(tag("me", "The caller's own account: profile, password, two-factor, tokens."));
    tags.add(tag("users", "Finding active users, e.g. to fill an owner or user field."));
    tags.add(tag("metadata", "Entities, fields, revisions and definition files."));
    tags.add(tag(RecordPaths.GENERIC_TAG, "Records of any entity, named in the path."));
    for (EntityDefinition entity : entities) {
      String label = entity.labels().get(Labels.ENGLISH);
      tags.add(
          tag(
              RecordPaths.tag(entity),
              "Records of "
                  + entity.name()
                  + (label.isEmpty() ? "" : " (" + label + ")")
                  + ", typed by its current definition."));
    }
    tags.add(tag(AdminPaths.USERS, "Users, for holders of manage_users."));
    tags.add(tag(AdminPaths.DEPARTMENTS, "The department tree, for holders of manage_users."));
    tags.add(
        tag(
            AdminPaths.ROLES,
            "Roles and each role's matrix, field and system permissions, for holders of"
                + " manage_roles."));
    tags.add(
        tag(
            AdminPaths.ACCESS,
            "The whole access policy as a file, its versions and rollback, for holders of"
                + " manage_roles."));
    tags.add(
        tag(
            AdminPaths.POLICY,
            "Password, lockout and session rules, for holders of manage_users."));
    tags.add(
        tag(
            AdminPaths.LOGS,
            "The login log and the admin audit log, read-only, for holders of view_logs."));
    tags.add(
        tag(
            RulePaths.TAG,
            "Rule files, validation, publishing and revisions, for holders of manage_rules."));
    return tags;
  }

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }
}
