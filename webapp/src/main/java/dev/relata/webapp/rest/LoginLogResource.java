package dev.relata.webapp.rest;

import dev.relata.platform.audit.LogPage;
import dev.relata.platform.audit.LoginEvent;
import dev.relata.platform.audit.LoginQuery;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The login log, read-only: there is deliberately no method that changes it, so POST, PUT, PATCH
 * and DELETE answer 405. Administrators only.
 */
@Path("admin/logins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginLogResource {
  private final RelataRuntime runtime;

  @Inject
  public LoginLogResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected LoginLogResource() {
    this(null);
  }

  @GET
  public String search(
      @Context ContainerRequestContext request,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("username") String username,
      @QueryParam("userId") String userId,
      @QueryParam("outcome") String outcome,
      @QueryParam("channel") String channel,
      @QueryParam("address") String address,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Integer user = Params.integer("userId", userId);
    LoginQuery query =
        LoginQuery.parse(
            from,
            to,
            username,
            user == null ? null : user.longValue(),
            outcome,
            channel,
            address,
            Params.integer("page", page),
            Params.integer("size", size));
    LogPage<LoginEvent> result =
        runtime.relata().loginHistory().search(Authenticated.actor(request), query);
    return Json.write(
        Map.of(
            "items",
            result.items().stream().map(LoginLogResource::json).toList(),
            "total",
            result.total(),
            "page",
            result.page(),
            "size",
            result.size()));
  }

  private static Map<String, Object> json(LoginEvent e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.id());
    json.put("occurredAt", e.occurredAt());
    json.put("username", e.username());
    json.put("userId", e.userId());
    json.put("outcome", e.outcome());
    json.put("channel", e.channel());
    json.put("address", e.address());
    json.put("userAgent", e.userAgent());
    return json;
  }
}
