package dev.relata.webapp.rest;

import dev.relata.metadata.access.PolicyRevision;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.access.AccessAdministration;
import dev.relata.platform.identity.Actor;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * The whole access policy as a file (export and import), its versions and rollback, for holders of
 * {@code manage_roles}. Each role's parts are under {@code /admin/roles/{name}/…}.
 */
@Path("admin/access")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessPolicyResource {
  private final RelataRuntime runtime;

  @Inject
  public AccessPolicyResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected AccessPolicyResource() {
    this(null);
  }

  @GET
  @Path("policy")
  public Response export(@Context ContainerRequestContext request) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    return Response.ok(access().export(actor))
        .tag(AdminJson.etag(access().revision()))
        .header("Content-Disposition", "attachment; filename=\"access-policy.json\"")
        .build();
  }

  @PUT
  @Path("policy")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importPolicy(
      @Context ContainerRequestContext request,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Long revision = Versions.read(null, ifMatch, Versions.PLAIN);
    // The API's one strict reading first: the file reader alone would take a member given twice
    // (the last one winning) and ignore anything after the value.
    Json.parse(body);
    return revision(access().importPolicy(actor, body, revision));
  }

  @GET
  @Path("revisions")
  public String revisions(
      @Context ContainerRequestContext request,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Integer pageNumber = Params.integer("page", page);
    Integer pageSize = Params.integer("size", size);
    int p = pageNumber == null ? 0 : pageNumber;
    int s = pageSize == null ? 50 : pageSize;
    if (p < 0 || s < 1 || s > 500) {
      throw RelataException.badRequest("revisions.paging.invalid", 500);
    }
    List<Map<String, Object>> items =
        access().revisions(actor, p, s).stream().map(AccessPolicyResource::summary).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("total", access().countRevisions(actor));
    body.put("page", p);
    body.put("size", s);
    body.put("activeRevision", access().revision());
    return Json.write(body);
  }

  @POST
  @Path("revisions/{id}/rollback")
  public Response rollback(
      @Context ContainerRequestContext request,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Long revision = Versions.read(null, ifMatch, Versions.PLAIN);
    return revision(access().rollback(actor, Params.id(Params.REVISION, id), revision));
  }

  private Response revision(PolicyRevision revision) {
    return Response.ok(Json.write(summary(revision))).tag(AdminJson.etag(revision.id())).build();
  }

  private static Map<String, Object> summary(PolicyRevision revision) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", revision.id());
    json.put("createdAt", revision.createdAt());
    json.put("author", revision.author());
    json.put("summary", revision.summary());
    return json;
  }

  private AccessAdministration access() {
    return runtime.relata().access();
  }
}
