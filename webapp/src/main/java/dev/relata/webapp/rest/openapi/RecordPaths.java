package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.SystemField;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The record operations ({@code RecordResource}), twice over: once generic, with the entity as a
 * path parameter, and once per entity on its own concrete paths ({@code /records/customer}), with
 * its own schemas, operationIds and tag, so that a client generator makes a typed API per entity.
 */
final class RecordPaths {
  static final String GENERIC_TAG = "records";

  private RecordPaths() {}

  /** The generic operations: any entity, by name. */
  static void generic(PathTable table) {
    new Shape(
            "/records/{entity}",
            "",
            GENERIC_TAG,
            "Record",
            "RecordInput",
            "RecordUpdate",
            "RecordPage",
            "",
            List.of())
        .addTo(table);
  }

  /** The operations of one entity on its own paths. */
  static void of(EntityDefinition entity, SchemaNames names, PathTable table) {
    List<String> fields = new ArrayList<>();
    for (SystemField system : SystemField.values()) {
      fields.add(system.apiName());
    }
    entity.activeFields().stream().map(FieldDefinition::name).forEach(fields::add);
    new Shape(
            "/records/" + entity.name(),
            names.type(entity.name()),
            tag(entity),
            names.record(entity.name()),
            names.input(entity.name()),
            names.update(entity.name()),
            names.page(entity.name()),
            entity.name() + " ",
            fields)
        .addTo(table);
  }

  /** An entity's tag, which never meets a fixed one: those do not end in -records. */
  static String tag(EntityDefinition entity) {
    return entity.name() + "-records";
  }

  /** The operations at one base path, with the names of their schemas. */
  private record Shape(
      String base,
      String type,
      String tag,
      String record,
      String input,
      String update,
      String page,
      /** "customer " for an entity's own paths, "" for the generic ones. */
      String what,
      List<String> fields) {

    void addTo(PathTable table) {
      String one = base + "/{id}";
      table.get(
          base,
          entityParameter(
                  Op.of("list" + type + "Records", tag, "List " + what + "records")
                      .description(
                          "Filtered, sorted and paged. total is exact up to 2,000 matches"
                              + " (totalExact is false beyond); count=exact counts them all."))
              .query("filter", filter(), filterHelp())
              .query("sort", new StringSchema().maxLength(1000), sortHelp())
              .query("page", Schemas.page(), "The page, from 0.")
              .query("size", Schemas.int32(1, 500, 50), "Records per page.")
              .query("deleted", Schemas.bool(), "true lists the recycle bin.")
              .query(
                  "count",
                  Schemas.text("exact"),
                  "exact counts every match, however many (slower on large lists).")
              .ok(page, "A page of records.")
              .errors(400, 401, 404));
      table.post(
          base,
          entityParameter(
                  Op.of("create" + type + "Record", tag, "Create " + what + "record")
                      .description(
                          "Defaults fill the fields left out and autonumbers are assigned; the"
                              + " answer is the record as stored."))
              .body(input, true, "The field values.")
              .created(record, "Created.", true)
              .errors(400, 401, 404, 422));
      table.get(
          one,
          idParameter(
                  entityParameter(
                      Op.of("get" + type + "Record", tag, "Read " + what + "record")
                          .description(
                              "A record in the recycle bin is not found here (see restore).")))
              .okWithETag(record, "The record, with its version as ETag."));
      table.patch(
          one,
          idParameter(
                  entityParameter(
                      Op.of("update" + type + "Record", tag, "Change " + what + "record")
                          .description(
                              "Changes the fields sent. Needs the version read, as version in the"
                                  + " body or If-Match: a stale one is 409 and nothing is"
                                  + " written.")))
              .ifMatch()
              .body(update, true, "The fields to change.")
              .okWithETag(record, "The record as stored, with its new version as ETag.")
              .errors(400, 409, 422));
      table.delete(
          one,
          idParameter(
                  entityParameter(
                      Op.of(
                              "delete" + type + "Record",
                              tag,
                              "Move " + what + "record to the recycle bin")
                          .description("It can be restored; its values are kept.")))
              .noContent("Moved to the recycle bin."));
      table.post(
          one + "/restore",
          idParameter(
                  entityParameter(
                      Op.of(
                              "restore" + type + "Record",
                              tag,
                              "Restore " + what + "record from the recycle bin")
                          .description("404 when the record is not in the recycle bin.")))
              .ok(record, "The record, back in place."));
      table.get(
          one + "/history",
          idParameter(
                  entityParameter(
                      Op.of("get" + type + "RecordHistory", tag, "History of " + what + "record")
                          .description(
                              "Field changes and whole-record events, newest first; also for a"
                                  + " record in the recycle bin.")))
              .ok("RecordHistory", "The changes."));
    }

    private Op entityParameter(Op op) {
      if (base.contains("{entity}")) {
        op.path(
            "entity",
            new StringSchema().pattern("^[a-z][a-z0-9_]{1,39}$"),
            "The entity's API name, e.g. customer (GET /api/v1/metadata/entities lists them).");
      }
      return op;
    }

    private Op idParameter(Op op) {
      return op.path("id", Schemas.id(), "The record's id.").errors(401, 404);
    }

    private static Schema<?> filter() {
      return new StringSchema().maxLength(4000);
    }

    private String filterHelp() {
      return "OData-style, e.g. amount gt 1000 and stage eq 'won'; eq ne gt ge lt le in, and or"
          + " not, contains startswith endswith, null."
          + (fields.isEmpty() ? "" : " Fields: " + String.join(", ", fields) + ".");
    }

    private String sortHelp() {
      return "Up to 5 fields, comma-separated; - before a field sorts descending, e.g."
          + " -amount,name."
          + (fields.isEmpty() ? "" : " Fields: " + String.join(", ", fields) + ".");
    }
  }
}
