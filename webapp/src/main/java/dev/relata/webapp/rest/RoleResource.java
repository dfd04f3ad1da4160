package dev.relata.webapp.rest;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.platform.access.AccessAdministration;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.organisation.Role;
import dev.relata.platform.organisation.RoleService;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles as named objects, for administrators: {@code {name, labels, description, system,
 * requiresTotp, users, version}}. The name is the role's identity and cannot change.
 */
@Path("admin/roles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {
  private final RelataRuntime runtime;

  @Inject
  public RoleResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected RoleResource() {
    this(null);
  }

  @GET
  public String list(@Context ContainerRequestContext request) {
    Actor actor = Authenticated.actor(request);
    Map<String, Long> holders = roles().holders(actor);
    return Json.write(
        Map.of(
            "items",
            roles().list(actor).stream()
                .map(r -> AdminJson.role(r, holders.getOrDefault(r.name(), 0L)))
                .toList()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Context ContainerRequestContext request, String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Role created = roles().create(actor, Json.values(Json.object(body)));
    return Response.created(
            request.getUriInfo().getAbsolutePathBuilder().path(created.name()).build())
        .tag(AdminJson.etag(created.version()))
        .entity(Json.write(AdminJson.role(created, 0)))
        .build();
  }

  @GET
  @Path("{name}")
  public Response get(@Context ContainerRequestContext request, @PathParam("name") String name) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    return ok(actor, roles().get(actor, name));
  }

  @PATCH
  @Path("{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @Context ContainerRequestContext request,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Map<String, Object> values = Json.values(Json.object(body));
    Long version = Versions.read(values.remove("version"), ifMatch, Versions.PLAIN);
    return ok(actor, roles().update(actor, name, values, version));
  }

  @DELETE
  @Path("{name}")
  public Response delete(
      @Context ContainerRequestContext request,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    access().deleteRole(actor, name, Versions.read(null, ifMatch, Versions.PLAIN));
    return Response.noContent().build();
  }

  @GET
  @Path("{name}/permissions")
  public Response permissions(
      @Context ContainerRequestContext request, @PathParam("name") String name) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    return policyPart(access().permissions(actor, name));
  }

  @PUT
  @Path("{name}/permissions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setPermissions(
      @Context ContainerRequestContext request,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Long revision = Versions.read(null, ifMatch, Versions.PLAIN);
    return policyPart(access().setPermissions(actor, name, AccessJson.cells(body), revision));
  }

  @GET
  @Path("{name}/field-permissions")
  public Response fieldPermissions(
      @Context ContainerRequestContext request, @PathParam("name") String name) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    return policyPart(access().fieldPermissions(actor, name));
  }

  @PUT
  @Path("{name}/field-permissions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setFieldPermissions(
      @Context ContainerRequestContext request,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Long revision = Versions.read(null, ifMatch, Versions.PLAIN);
    return policyPart(access().setFieldPermissions(actor, name, AccessJson.fields(body), revision));
  }

  @GET
  @Path("{name}/system-permissions")
  public Response systemPermissions(
      @Context ContainerRequestContext request, @PathParam("name") String name) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    return policyPart(names(access().systemPermissions(actor, name)));
  }

  @PUT
  @Path("{name}/system-permissions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setSystemPermissions(
      @Context ContainerRequestContext request,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_ROLES);
    Long revision = Versions.read(null, ifMatch, Versions.PLAIN);
    return policyPart(
        names(access().setSystemPermissions(actor, name, AccessJson.names(body), revision)));
  }

  /** A part of the access policy, tagged with the policy's version for If-Match. */
  private Response policyPart(Object body) {
    return Response.ok(Json.write(body)).tag(AdminJson.etag(access().revision())).build();
  }

  private static List<String> names(Set<SystemPermission> permissions) {
    return permissions.stream().sorted().map(SystemPermission::apiName).toList();
  }

  private AccessAdministration access() {
    return runtime.relata().access();
  }

  private Response ok(Actor actor, Role role) {
    long holders = roles().holders(actor).getOrDefault(role.name(), 0L);
    return Response.ok(Json.write(AdminJson.role(role, holders)))
        .tag(AdminJson.etag(role.version()))
        .build();
  }

  private RoleService roles() {
    return runtime.relata().roles();
  }
}
