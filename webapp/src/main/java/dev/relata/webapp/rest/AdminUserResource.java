package dev.relata.webapp.rest;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.NewPassword;
import dev.relata.platform.organisation.UserAdministration;
import dev.relata.platform.organisation.UserPage;
import dev.relata.platform.organisation.UserQuery;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Users, for administrators: their organisation (department, manager, roles), status and account
 * actions. A generated password is in the answer once, as {@code password}, and never again.
 */
@Path("admin/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {
  private final RelataRuntime runtime;

  @Inject
  public AdminUserResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected AdminUserResource() {
    this(null);
  }

  @GET
  public String list(
      @Context ContainerRequestContext request,
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("department") String department,
      @QueryParam("role") String role,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    Integer pageNumber = Params.integer("page", page);
    Integer pageSize = Params.integer("size", size);
    Integer departmentId = Params.integer("department", department);
    UserPage result =
        users()
            .list(
                actor,
                new UserQuery(
                    q,
                    status,
                    departmentId == null ? null : departmentId.longValue(),
                    role,
                    pageNumber == null ? 0 : pageNumber,
                    pageSize == null ? UserQuery.DEFAULT_SIZE : pageSize));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", result.items().stream().map(AdminJson::user).toList());
    json.put("total", result.total());
    json.put("page", result.page());
    json.put("size", result.size());
    return Json.write(json);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Context ContainerRequestContext request, String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    NewPassword created = users().create(actor, Json.values(Json.object(body)));
    return Response.created(
            request
                .getUriInfo()
                .getAbsolutePathBuilder()
                .path(String.valueOf(created.user().id()))
                .build())
        .tag(AdminJson.etag(created.user().version()))
        .entity(withPassword(created))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@Context ContainerRequestContext request, @PathParam("id") String id) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    return ok(users().get(actor, Params.id(Params.USER, id)));
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
    return ok(users().update(actor, Params.id(Params.USER, id), values, version));
  }

  @POST
  @Path("{id}/deactivate")
  public Response deactivate(
      @Context ContainerRequestContext request, @PathParam("id") String id, String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    Map<String, Object> values = AdminJson.optionalBody(body);
    for (String name : values.keySet()) {
      if (!name.equals("reassignTo")) {
        throw RelataException.invalid(
            name.length() > 40 ? name.substring(0, 40) : name,
            "unknown_field",
            "user.deactivate.unknown_field");
      }
    }
    Object reassignTo = values.get("reassignTo");
    if (reassignTo != null && !(reassignTo instanceof BigInteger n && n.bitLength() < 63)) {
      throw RelataException.invalid("reassignTo", "type", "user.reassign.not_an_id");
    }
    return ok(
        users()
            .deactivate(
                actor,
                Params.id(Params.USER, id),
                reassignTo == null ? null : ((BigInteger) reassignTo).longValue()));
  }

  @POST
  @Path("{id}/activate")
  public Response activate(@Context ContainerRequestContext request, @PathParam("id") String id) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    return ok(users().activate(actor, Params.id(Params.USER, id)));
  }

  @POST
  @Path("{id}/unlock")
  public Response unlock(@Context ContainerRequestContext request, @PathParam("id") String id) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    return ok(users().unlock(actor, Params.id(Params.USER, id)));
  }

  @POST
  @Path("{id}/reset-password")
  public Response resetPassword(
      @Context ContainerRequestContext request, @PathParam("id") String id, String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    Map<String, Object> values = AdminJson.optionalBody(body);
    Object password = values.get("password");
    if (values.keySet().stream().anyMatch(k -> !k.equals("password"))
        || password != null && !(password instanceof String)) {
      throw RelataException.invalid("password", "type", "user.reset_password.body");
    }
    NewPassword reset = users().resetPassword(actor, Params.id(Params.USER, id), (String) password);
    return Response.ok(withPassword(reset)).tag(AdminJson.etag(reset.user().version())).build();
  }

  @DELETE
  @Path("{id}/totp")
  public Response resetTwoFactor(
      @Context ContainerRequestContext request, @PathParam("id") String id) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    return ok(users().resetTwoFactor(actor, Params.id(Params.USER, id)));
  }

  private static String withPassword(NewPassword outcome) {
    Map<String, Object> json = AdminJson.user(outcome.user());
    if (outcome.generatedPassword() != null) {
      json.put("password", outcome.generatedPassword());
    }
    return Json.write(json);
  }

  private static Response ok(User user) {
    return Response.ok(Json.write(AdminJson.user(user)))
        .tag(AdminJson.etag(user.version()))
        .build();
  }

  private UserAdministration users() {
    return runtime.relata().userAdministration();
  }
}
