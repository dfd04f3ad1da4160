package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.SecurityPolicies;
import dev.relata.platform.identity.SecurityPolicy;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The installation's security policy: password rules, lockout, session timeouts. */
@Path("admin/security-policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityPolicyResource {
  private final RelataRuntime runtime;

  @Inject
  public SecurityPolicyResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected SecurityPolicyResource() {
    this(null);
  }

  @GET
  public String get(@Context ContainerRequestContext request) {
    Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    return Json.write(policies().current().values());
  }

  @PUT
  public String update(@Context ContainerRequestContext request, String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_USERS);
    JsonNode json = Json.object(body);
    SecurityPolicy changed = policies().current().with(Json.values(json));
    return Json.write(policies().update(actor, changed).values());
  }

  private SecurityPolicies policies() {
    return runtime.relata().securityPolicies();
  }
}
