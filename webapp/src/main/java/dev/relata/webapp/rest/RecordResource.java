package dev.relata.webapp.rest;

import dev.relata.metadata.error.RelataException;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.records.FieldChange;
import dev.relata.platform.records.RecordPage;
import dev.relata.platform.records.RecordQuery;
import dev.relata.platform.records.RecordService;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of any entity. A record is a JSON object of field values by API name plus the system
 * fields; a lookup's value is the target's id. GET answers the version as an ETag; PATCH needs it
 * back (as {@code version} in the body or {@code If-Match}).
 */
@Path("records/{entity}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordResource {
  private final RelataRuntime runtime;

  @Inject
  public RecordResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected RecordResource() {
    this(null);
  }

  @GET
  public String list(
      @Context ContainerRequestContext request,
      @PathParam("entity") String entity,
      @QueryParam("filter") String filter,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("deleted") String deleted,
      @QueryParam("count") String count) {
    RecordQuery query =
        RecordQuery.of(filter, sort, Params.integer("page", page), Params.integer("size", size));
    if ("true".equals(deleted)) {
      query = query.inRecycleBin();
    } else if (deleted != null && !"false".equals(deleted)) {
      throw RelataException.badRequest("list.deleted.invalid");
    }
    if ("exact".equals(count)) {
      query = query.withExactTotal();
    } else if (count != null) {
      throw RelataException.badRequest("list.count.invalid");
    }
    RecordPage result = records().list(entity, query, actor(request));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", result.items());
    json.put("total", result.total());
    json.put("totalExact", result.totalExact());
    json.put("page", result.page());
    json.put("size", result.size());
    return Json.write(json);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @Context ContainerRequestContext request, @PathParam("entity") String entity, String body) {
    Map<String, Object> record =
        records().create(entity, Json.values(Json.object(body)), actor(request));
    return Response.created(
            request
                .getUriInfo()
                .getAbsolutePathBuilder()
                .path(String.valueOf(record.get("id")))
                .build())
        .tag(etag(record))
        .entity(Json.write(record))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(
      @Context ContainerRequestContext request,
      @PathParam("entity") String entity,
      @PathParam("id") String id) {
    Map<String, Object> record = records().get(entity, Params.recordId(entity, id), actor(request));
    return Response.ok(Json.write(record)).tag(etag(record)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @Context ContainerRequestContext request,
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Map<String, Object> values = Json.values(Json.object(body));
    Long version = Versions.read(values.remove("version"), ifMatch, Versions.RECORD);
    Map<String, Object> record =
        records().update(entity, Params.recordId(entity, id), values, version, actor(request));
    return Response.ok(Json.write(record)).tag(etag(record)).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(
      @Context ContainerRequestContext request,
      @PathParam("entity") String entity,
      @PathParam("id") String id) {
    records().delete(entity, Params.recordId(entity, id), actor(request));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  public String restore(
      @Context ContainerRequestContext request,
      @PathParam("entity") String entity,
      @PathParam("id") String id) {
    return Json.write(records().restore(entity, Params.recordId(entity, id), actor(request)));
  }

  @GET
  @Path("{id}/history")
  public String history(
      @Context ContainerRequestContext request,
      @PathParam("entity") String entity,
      @PathParam("id") String id) {
    List<FieldChange> changes =
        records().history(entity, Params.recordId(entity, id), actor(request));
    return Json.write(
        Map.of(
            "items",
            changes.stream()
                .map(
                    c -> {
                      Map<String, Object> json = new LinkedHashMap<>();
                      json.put("kind", c.kind());
                      json.put("field", c.field());
                      json.put("old", c.oldValue());
                      json.put("new", c.newValue());
                      json.put("at", c.changedAt());
                      json.put("by", c.changedBy());
                      json.put("byName", c.changedByName());
                      return json;
                    })
                .toList()));
  }

  private RecordService records() {
    return runtime.relata().records();
  }

  private static Actor actor(ContainerRequestContext request) {
    return Authenticated.actor(request);
  }

  private static EntityTag etag(Map<String, Object> record) {
    return new EntityTag(String.valueOf(record.get("version")));
  }
}
