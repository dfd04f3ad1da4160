package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.access.SystemPermission;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Entities, fields, revisions and definition files ({@code MetadataResource}). Any signed-in user
 * may read entities; everything else is the object manager and needs the system permission
 * customize (403).
 */
final class MetadataPaths {
  private static final String TAG = "metadata";
  private static final String BUSY =
      " 409 when the table is busy with long-running queries (nothing changed; try again).";

  private MetadataPaths() {}

  static void addTo(PathTable table) {
    table.get(
        "/metadata/entities",
        Op.of("listEntities", TAG, "List entities with their fields")
            .description("Every entity in use; any signed-in user may read them.")
            .ok("EntityList", "The entities.")
            .errors(401));
    table.post(
        "/metadata/entities",
        Op.of("createEntity", TAG, "Create an entity (a new table) with its fields")
            .needs(SystemPermission.CUSTOMIZE)
            .description(
                "Its records can be written at once, and it appears in this document at once."
                    + BUSY)
            .body("EntityInput", true, "The entity.")
            .createdWithoutLocation("Entity", "Created.")
            .errors(400, 401, 403, 409, 422));
    table.get(
        "/metadata/entities/{entity}",
        entity(Op.of("getEntity", TAG, "One entity with its fields"))
            .description("Deleted fields are listed, marked deleted.")
            .ok("Entity", "The entity."));
    table.patch(
        "/metadata/entities/{entity}",
        entity(Op.of("updateEntity", TAG, "Change an entity's labels, plural labels or name field"))
            .needs(SystemPermission.CUSTOMIZE)
            .description("Anything else is 400: fields change under /fields." + BUSY)
            .body("EntityUpdate", true, "What to change.")
            .ok("Entity", "The entity as changed.")
            .errors(400, 403, 409, 422));
    table.delete(
        "/metadata/entities/{entity}",
        entity(Op.of("deleteEntity", TAG, "Delete (hide) a custom entity"))
            .needs(SystemPermission.CUSTOMIZE)
            .description(
                "Its table and records are kept. Refused (422) for standard entities and for the"
                    + " target of a lookup."
                    + BUSY)
            .noContent("Hidden.")
            .errors(403, 409, 422));
    table.post(
        "/metadata/entities/{entity}/fields",
        entity(Op.of("addField", TAG, "Add a field (a new column)"))
            .needs(SystemPermission.CUSTOMIZE)
            .description("The table is not rewritten." + BUSY)
            .body("FieldInput", true, "The field.")
            .createdWithoutLocation("Field", "Added.")
            .errors(400, 403, 409, 422));
    table.patch(
        "/metadata/entities/{entity}/fields/{field}",
        field(entity(Op.of("updateField", TAG, "Change a field")))
            .needs(SystemPermission.CUSTOMIZE)
            .description(
                "Type changes only where no value can be lost; otherwise 422 says why. Picklist"
                    + " options cannot be removed (set them inactive)."
                    + BUSY)
            .body("FieldUpdate", true, "The properties to change.")
            .ok("Field", "The field as changed.")
            .errors(400, 403, 409, 422));
    table.delete(
        "/metadata/entities/{entity}/fields/{field}",
        field(entity(Op.of("deleteField", TAG, "Delete (hide) a field")))
            .needs(SystemPermission.CUSTOMIZE)
            .description(
                "Its column and values are kept and can be restored; refused (422) while"
                    + " something still uses it."
                    + BUSY)
            .noContent("Hidden.")
            .errors(403, 409, 422));
    table.post(
        "/metadata/entities/{entity}/fields/{field}/restore",
        field(entity(Op.of("restoreField", TAG, "Restore a deleted field with its values")))
            .needs(SystemPermission.CUSTOMIZE)
            .description("The field is in use again, with the values it had." + BUSY)
            .ok("Field", "The field.")
            .errors(403, 409, 422));
    table.get(
        "/metadata/revisions",
        Op.of("listRevisions", TAG, "Metadata revisions, newest first")
            .needs(SystemPermission.CUSTOMIZE)
            .description("Optionally of one entity.")
            .query("entity", Schemas.text(), "Only this entity's revisions.")
            .query("page", Schemas.page(), "The page, from 0.")
            .query("size", Schemas.int32(1, 500, 50), "Revisions per page.")
            .ok("RevisionPage", "A page of revisions.")
            .errors(400, 401, 403));
    table.get(
        "/metadata/revisions/{id}",
        Op.of("getRevision", TAG, "One revision with the definitions before and after it")
            .needs(SystemPermission.CUSTOMIZE)
            .description("With the definitions before and after.")
            .path("id", Schemas.id(), "The revision's id.")
            .ok("RevisionDetail", "The revision.")
            .errors(401, 403, 404));
    table.post(
        "/metadata/revisions/{id}/rollback",
        Op.of("rollbackRevision", TAG, "Return an entity to its definition before a revision")
            .needs(SystemPermission.CUSTOMIZE)
            .description(
                "Fields the revision added are hidden, never dropped: their values are kept."
                    + " The rollback is a revision too."
                    + BUSY)
            .path("id", Schemas.id(), "The revision's id.")
            .ok("Entity", "The entity as it is now.")
            .errors(401, 403, 404, 409, 422));
    table.get(
        "/metadata/export",
        Op.of("exportDefinitions", TAG, "All definitions as canonical files, one per entity")
            .needs(SystemPermission.CUSTOMIZE)
            .description("Keys sorted, defaults left out, no physical names: made for git.")
            .ok("DefinitionFiles", "The files.")
            .errors(401, 403));
    table.post(
        "/metadata/import",
        Op.of("importDefinitions", TAG, "Create or update entities from exported files")
            .needs(SystemPermission.CUSTOMIZE)
            .description(
                "Additive: fields missing from a file are left alone. On PostgreSQL a refused file"
                    + " undoes the whole import."
                    + BUSY)
            .body("DefinitionFiles", true, "Files as exported.")
            .ok("ImportResult", "What was created or changed.")
            .errors(400, 401, 403, 409, 422));
  }

  private static Op entity(Op op) {
    return op.path(
            "entity",
            new StringSchema().pattern("^[a-z][a-z0-9_]{1,39}$"),
            "The entity's API name, e.g. customer.")
        .errors(401, 404);
  }

  private static Op field(Op op) {
    return op.path(
        "field", new StringSchema().pattern("^[a-z][a-z0-9_]{1,39}$"), "The field's API name.");
  }
}
