package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.platform.identity.IssuedToken;
import dev.relata.webapp.runtime.RelataRuntime;
import dev.relata.webapp.runtime.RequestClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Sign-in for API clients. */
@Path("auth/token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
  private final RelataRuntime runtime;

  @Inject
  public AuthResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected AuthResource() {
    this(null);
  }

  @POST
  public String token(String body, @Context HttpServletRequest http) {
    JsonNode request = Json.object(body);
    JsonNode username = request.get("username");
    JsonNode password = request.get("password");
    // A code sent as a number would lose its leading zeros: it must be text, and saying so
    // before the password is checked tells nothing about the account.
    String totp = JsonFields.text(request, "totp", 100);
    IssuedToken token =
        runtime
            .relata()
            .identity()
            .issueToken(
                username != null && username.isTextual() ? username.asText() : null,
                password != null && password.isTextual() ? password.asText() : null,
                totp,
                RequestClients.of("api", http, runtime.trustedProxies()));
    return Json.write(Map.of("token", token.token(), "expiresAt", token.expiresAt()));
  }

  @DELETE
  public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = Authenticated.bearer(authorization);
    if (token != null) {
      runtime.relata().identity().revokeToken(token);
    }
    return Response.noContent().build();
  }
}
