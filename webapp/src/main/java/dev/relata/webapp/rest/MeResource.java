package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.CreatedPersonalToken;
import dev.relata.platform.identity.PersonalToken;
import dev.relata.platform.identity.Profile;
import dev.relata.platform.identity.SecurityPolicy;
import dev.relata.platform.identity.TotpEnrolment;
import dev.relata.platform.identity.TotpStatus;
import dev.relata.platform.identity.User;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's own account: profile, password, two-factor and personal tokens. Everything here acts
 * on the authenticated user only; there is no user id in any path.
 */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {
  private static final int MAX_PASSWORD = SecurityPolicy.MOST_MAX_LENGTH;
  private final RelataRuntime runtime;

  @Inject
  public MeResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected MeResource() {
    this(null);
  }

  @GET
  public String profile(@Context ContainerRequestContext request) {
    Profile profile = relata().identity().profile(Authenticated.actor(request).userId());
    User user = profile.user();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", user.id());
    json.put("username", user.username());
    json.put("displayName", user.displayName());
    json.put("email", user.email());
    json.put("phone", user.phone());
    json.put("locale", user.locale());
    json.put("roles", user.roles());
    json.put(
        "department",
        user.departmentId() == null
            ? null
            : Map.of("id", user.departmentId(), "name", profile.departmentName()));
    json.put("managerId", user.managerId());
    json.put("passwordChangedAt", user.passwordChangedAt());
    json.put("passwordExpiresAt", profile.passwordExpiresAt());
    json.put("twoFactor", status(profile.twoFactor()));
    return Json.write(json);
  }

  @POST
  @Path("password")
  public Response changePassword(@Context ContainerRequestContext request, String body) {
    JsonNode json = Json.object(body);
    String current = JsonFields.requiredText(json, "currentPassword", MAX_PASSWORD);
    String next = JsonFields.requiredText(json, "newPassword", MAX_PASSWORD);
    relata().identity().changePassword(Authenticated.actor(request), current, next);
    return Response.noContent().build();
  }

  @GET
  @Path("totp")
  public String totpStatus(@Context ContainerRequestContext request) {
    return Json.write(status(relata().twoFactor().status(Authenticated.actor(request).userId())));
  }

  @POST
  @Path("totp/enrolment")
  public String startEnrolment(@Context ContainerRequestContext request) {
    TotpEnrolment enrolment =
        relata().twoFactor().startEnrolment(Authenticated.actor(request).userId());
    return Json.write(
        Map.of(
            "secret",
            enrolment.secret(),
            "otpauthUri",
            enrolment.otpauthUri(),
            "qrCode",
            enrolment.qrCode()));
  }

  @POST
  @Path("totp/confirm")
  public String confirm(@Context ContainerRequestContext request, String body) {
    String code = JsonFields.requiredText(Json.object(body), "code", 40);
    List<String> codes = relata().twoFactor().confirm(Authenticated.actor(request).userId(), code);
    return Json.write(Map.of("recoveryCodes", codes));
  }

  /**
   * A POST rather than a DELETE with a body: servers and proxies may drop or refuse the body of a
   * DELETE (Payara's HTTP listener answers 400), and the password must travel in it.
   */
  @POST
  @Path("totp/disable")
  public Response disable(@Context ContainerRequestContext request, String body) {
    String password = currentPassword(body);
    relata().twoFactor().disable(Authenticated.actor(request), password);
    return Response.noContent().build();
  }

  @POST
  @Path("totp/recovery-codes")
  public String regenerate(@Context ContainerRequestContext request, String body) {
    String password = currentPassword(body);
    return Json.write(
        Map.of(
            "recoveryCodes",
            relata().twoFactor().regenerateRecoveryCodes(Authenticated.actor(request), password)));
  }

  /** The caller's password, which turning two-factor off and new recovery codes ask for. */
  private static String currentPassword(String body) {
    return JsonFields.requiredText(Json.object(body), "currentPassword", MAX_PASSWORD);
  }

  @GET
  @Path("tokens")
  public String tokens(@Context ContainerRequestContext request) {
    return Json.write(
        Map.of(
            "items",
            relata().personalTokens().list(Authenticated.actor(request)).stream()
                .map(MeResource::token)
                .toList()));
  }

  @POST
  @Path("tokens")
  public Response createToken(@Context ContainerRequestContext request, String body) {
    JsonNode json = Json.object(body);
    String name = JsonFields.requiredText(json, "name", 1000);
    int days = JsonFields.integer(json, "expiresInDays", 90);
    Actor actor = Authenticated.actor(request);
    CreatedPersonalToken created = relata().personalTokens().create(actor, name, days);
    Map<String, Object> answer = token(created.details());
    answer.put("token", created.token());
    return Response.created(
            request
                .getUriInfo()
                .getAbsolutePathBuilder()
                .path(String.valueOf(created.details().id()))
                .build())
        .entity(Json.write(answer))
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revokeToken(
      @Context ContainerRequestContext request, @PathParam("id") String id) {
    relata()
        .personalTokens()
        .revoke(Authenticated.actor(request), Params.id(Params.PERSONAL_TOKEN, id));
    return Response.noContent().build();
  }

  private static Map<String, Object> status(TotpStatus status) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("enabled", status.enabled());
    json.put("pending", status.pending());
    json.put("required", status.required());
    json.put("recoveryCodesLeft", status.recoveryCodesLeft());
    return json;
  }

  private static Map<String, Object> token(PersonalToken token) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", token.id());
    json.put("name", token.name());
    json.put("createdAt", token.createdAt());
    json.put("expiresAt", token.expiresAt());
    json.put("lastUsedAt", token.lastUsedAt());
    return json;
  }

  private Relata relata() {
    return runtime.relata();
  }
}
