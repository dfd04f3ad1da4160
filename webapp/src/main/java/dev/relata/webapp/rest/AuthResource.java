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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for API clients. */
@Path("auth/token")
@ApplicationScoped
@Tag(name = "auth")
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
  @Operation(
      summary = "Exchange {username, password, totp} for a bearer token",
      description =
          "Wrong credentials, an unknown user and a locked account answer 401 with one"
              + " generic message. totp (a 6-digit code or a recovery code) is needed when the"
              + " account has two-factor on; an expired password or a role that requires two-factor"
              + " not yet set up answer 401 with a message that sends the user to the web app.")
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
  @Operation(
      summary = "Sign out: the bearer token this request carries stops working",
      description =
          "Answers 204 whether or not the token was still valid, so that signing out"
              + " twice is harmless. A personal token sent here is revoked too.")
  public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = Authenticated.bearer(authorization);
    if (token != null) {
      runtime.relata().identity().revokeToken(token);
    }
    return Response.noContent().build();
  }
}
