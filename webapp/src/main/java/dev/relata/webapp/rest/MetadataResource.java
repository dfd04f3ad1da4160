package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionDiff;
import dev.relata.metadata.files.DefinitionJson;
import dev.relata.metadata.files.DefinitionJson.View;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.store.Revision;
import dev.relata.platform.customize.ObjectManager;
import dev.relata.platform.identity.Actor;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities, fields, revisions and definition files. Changes need an administrator. */
@Path("metadata")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetadataResource {
  private final RelataRuntime runtime;

  @Inject
  public MetadataResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected MetadataResource() {
    this(null);
  }

  @GET
  @Path("entities")
  public String entities(@Context ContainerRequestContext request) {
    return Json.write(
        Map.of(
            "items",
            manager().catalog().active().stream()
                .map(e -> DefinitionJson.toNode(e, View.API))
                .toList()));
  }

  @POST
  @Path("entities")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createEntity(@Context ContainerRequestContext request, String body) {
    EntityDefinition draft = DefinitionJson.readEntity(Json.object(body));
    EntityDefinition created = manager().createEntity(actor(request), draft);
    return Response.status(201).entity(entity(created)).build();
  }

  @GET
  @Path("entities/{entity}")
  public String entity(@Context ContainerRequestContext request, @PathParam("entity") String name) {
    return entity(manager().catalog().require(name));
  }

  @PATCH
  @Path("entities/{entity}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String updateEntity(
      @Context ContainerRequestContext request, @PathParam("entity") String name, String body) {
    JsonNode patch = Json.object(body);
    for (var it = patch.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!List.of("labels", "pluralLabels", "nameField").contains(key)) {
        throw RelataException.badRequest("entity.patch.read_only", key);
      }
    }
    EntityDefinition parsed = DefinitionJson.readEntity(withName(patch, name));
    return entity(
        manager()
            .updateEntity(
                actor(request),
                name,
                patch.has("labels") ? parsed.labels() : null,
                patch.has("pluralLabels") ? parsed.pluralLabels() : null,
                parsed.nameField()));
  }

  @DELETE
  @Path("entities/{entity}")
  public Response deleteEntity(
      @Context ContainerRequestContext request, @PathParam("entity") String name) {
    manager().deleteEntity(actor(request), name);
    return Response.noContent().build();
  }

  @POST
  @Path("entities/{entity}/fields")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addField(
      @Context ContainerRequestContext request, @PathParam("entity") String name, String body) {
    FieldDefinition draft = DefinitionJson.readField(Json.object(body));
    EntityDefinition entity = manager().addField(actor(request), name, draft);
    return Response.status(201).entity(field(entity, draft.name())).build();
  }

  @PATCH
  @Path("entities/{entity}/fields/{field}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String patchField(
      @Context ContainerRequestContext request,
      @PathParam("entity") String name,
      @PathParam("field") String field,
      String body) {
    return field(manager().patchField(actor(request), name, field, Json.object(body)), field);
  }

  @DELETE
  @Path("entities/{entity}/fields/{field}")
  public Response deleteField(
      @Context ContainerRequestContext request,
      @PathParam("entity") String name,
      @PathParam("field") String field) {
    manager().deleteField(actor(request), name, field);
    return Response.noContent().build();
  }

  @POST
  @Path("entities/{entity}/fields/{field}/restore")
  public String restoreField(
      @Context ContainerRequestContext request,
      @PathParam("entity") String name,
      @PathParam("field") String field) {
    return field(manager().restoreField(actor(request), name, field), field);
  }

  @GET
  @Path("revisions")
  public String revisions(
      @Context ContainerRequestContext request,
      @QueryParam("entity") String entity,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    int p = orDefault(Params.integer("page", page), 0);
    int s = orDefault(Params.integer("size", size), 50);
    if (p < 0 || s < 1 || s > 500) {
      throw RelataException.badRequest("revisions.paging.invalid", 500);
    }
    List<Map<String, Object>> items =
        manager().revisions(actor(request), entity, p, s).stream()
            .map(r -> revision(r, false))
            .toList();
    long total = manager().countRevisions(actor(request), entity);
    return Json.write(Map.of("items", items, "total", total, "page", p, "size", s));
  }

  @GET
  @Path("revisions/{id}")
  public String revision(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return Json.write(
        revision(manager().revision(actor(request), Params.id(Params.REVISION, id)), true));
  }

  @POST
  @Path("revisions/{id}/rollback")
  public String rollback(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return entity(manager().rollback(actor(request), Params.id(Params.REVISION, id)));
  }

  @GET
  @Path("export")
  public String export(@Context ContainerRequestContext request) {
    Map<String, Object> files = new LinkedHashMap<>();
    manager().export(actor(request)).forEach((name, json) -> files.put(name, Json.parse(json)));
    return Json.write(Map.of("entities", files));
  }

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  public String importFiles(@Context ContainerRequestContext request, String body) {
    List<EntityDefinition> imported = manager().importFiles(actor(request), Json.object(body));
    return Json.write(Map.of("imported", imported.stream().map(EntityDefinition::name).toList()));
  }

  private ObjectManager manager() {
    return runtime.relata().objectManager();
  }

  private static Actor actor(ContainerRequestContext request) {
    return Authenticated.actor(request);
  }

  private static String entity(EntityDefinition entity) {
    return Json.write(DefinitionJson.toNode(entity, View.API));
  }

  private static String field(EntityDefinition entity, String field) {
    return Json.write(DefinitionJson.toNode(entity.field(field).orElseThrow(), View.API));
  }

  private static Map<String, Object> revision(Revision r, boolean withDefinitions) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", r.id());
    json.put("createdAt", r.createdAt());
    json.put("author", r.author());
    json.put("entity", r.entity());
    json.put("action", r.action());
    json.put("summary", r.summary());
    json.put(
        "changes",
        DefinitionDiff.between(r.before(), r.after()).stream()
            .map(
                c -> {
                  Map<String, Object> change = new LinkedHashMap<>();
                  change.put("path", c.path());
                  change.put("before", c.before());
                  change.put("after", c.after());
                  return change;
                })
            .toList());
    if (withDefinitions) {
      json.put("before", r.before() == null ? null : DefinitionJson.toNode(r.before(), View.API));
      json.put("after", r.after() == null ? null : DefinitionJson.toNode(r.after(), View.API));
    }
    return json;
  }

  private static JsonNode withName(JsonNode patch, String name) {
    var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) patch).deepCopy();
    copy.put("name", name);
    return copy;
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
