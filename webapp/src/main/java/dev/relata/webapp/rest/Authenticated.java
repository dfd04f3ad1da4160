package dev.relata.webapp.rest;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.identity.Actor;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Resolves the bearer token of every API call except sign-in to the calling {@link Actor}, kept as
 * a request property; a missing or dead token is a 401 before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Authenticated implements ContainerRequestFilter {
  static final String ACTOR = "relata.actor";
  private final RelataRuntime runtime;

  @Inject
  public Authenticated(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  public Authenticated() {
    this(null);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.equals("auth/token") || path.equals("/auth/token")) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String token = bearer(header);
    if (token == null) {
      throw RelataException.unauthorized("sign_in.required_api");
    }
    request.setProperty(ACTOR, runtime.relata().identity().authenticate(token));
  }

  /** The token of an {@code Authorization: Bearer <token>} header, or null. */
  public static String bearer(String header) {
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).strip()
        : null;
  }

  /**
   * The actor of a request that passed this filter, if they hold {@code permission}; else 403,
   * before the body is read, so that a caller without it learns nothing from its errors.
   */
  static Actor holding(ContainerRequestContext request, SystemPermission permission) {
    Actor actor = actor(request);
    actor.require(permission);
    return actor;
  }

  /** The actor of a request that passed this filter. */
  static Actor actor(ContainerRequestContext request) {
    return (Actor) request.getProperty(ACTOR);
  }
}
