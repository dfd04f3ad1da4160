package dev.relata.webapp.rest;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.organisation.Department;
import dev.relata.platform.organisation.DepartmentService;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The department tree, for administrators. A department is {@code {id, name, labels, parent, head,
 * path, version}}; PATCH and DELETE take the version like records do.
 */
@Path("admin/departments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {
  private final RelataRuntime runtime;

  @Inject
  public DepartmentResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected DepartmentResource() {
    this(null);
  }

  @GET
  public String list(@Context ContainerRequestContext request) {
    return Json.write(
        Map.of(
            "items",
            departments()
                .list(Authenticated.holding(request, SystemPermission.MANAGE_USERS))
                .stream()
                .map(AdminJson::department)
                .toList()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Context ContainerRequestContext request, String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    Department created = departments().create(actor, Json.values(Json.object(body)));
    return Response.created(
            request
                .getUriInfo()
                .getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build())
        .tag(AdminJson.etag(created.version()))
        .entity(Json.write(AdminJson.department(created)))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@Context ContainerRequestContext request, @PathParam("id") String id) {
    Department department =
        departments()
            .get(
                Authenticated.holding(request, SystemPermission.MANAGE_USERS),
                Params.id(Params.DEPARTMENT, id));
    return Response.ok(Json.write(AdminJson.department(department)))
        .tag(AdminJson.etag(department.version()))
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @Context ContainerRequestContext request,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    Map<String, Object> values = Json.values(Json.object(body));
    Long version = Versions.read(values.remove("version"), ifMatch, Versions.PLAIN);
    Department changed =
        departments().update(actor, Params.id(Params.DEPARTMENT, id), values, version);
    return Response.ok(Json.write(AdminJson.department(changed)))
        .tag(AdminJson.etag(changed.version()))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(
      @Context ContainerRequestContext request,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    departments()
        .delete(
            actor, Params.id(Params.DEPARTMENT, id), Versions.read(null, ifMatch, Versions.PLAIN));
    return Response.noContent().build();
  }

  private DepartmentService departments() {
    return runtime.relata().departments();
  }
}
