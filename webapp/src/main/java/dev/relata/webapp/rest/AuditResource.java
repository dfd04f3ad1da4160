package dev.relata.webapp.rest;

import dev.relata.platform.audit.AuditEvent;
import dev.relata.platform.audit.AuditQuery;
import dev.relata.platform.audit.LogPage;
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
 * The admin audit log, read-only: there is deliberately no method that changes it, so POST, PUT,
 * PATCH and DELETE answer 405. Administrators only.
 */
@Path("admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private final RelataRuntime runtime;

  @Inject
  public AuditResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected AuditResource() {
    this(null);
  }

  @GET
  public String search(
      @Context ContainerRequestContext request,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AuditQuery query =
        AuditQuery.parse(
            from,
            to,
            actor,
            action,
            targetType,
            targetId,
            Params.integer("page", page),
            Params.integer("size", size));
    LogPage<AuditEvent> result =
        runtime.relata().auditTrail().search(Authenticated.actor(request), query);
    return Json.write(
        Map.of(
            "items",
            result.items().stream().map(AuditResource::json).toList(),
            "total",
            result.total(),
            "page",
            result.page(),
            "size",
            result.size()));
  }

  /** before and after are the JSON objects the change recorded, not strings holding them. */
  private static Map<String, Object> json(AuditEvent e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.id());
    json.put("occurredAt", e.occurredAt());
    json.put("actorId", e.actorId());
    json.put("actorUsername", e.actorUsername());
    json.put("action", e.action());
    json.put("targetType", e.targetType());
    json.put("targetId", e.targetId());
    json.put("targetLabel", e.targetLabel());
    json.put("before", e.before());
    json.put("after", e.after());
    return json;
  }
}
