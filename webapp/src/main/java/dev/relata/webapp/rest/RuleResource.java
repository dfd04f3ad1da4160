package dev.relata.webapp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.customize.RuleManager;
import dev.relata.platform.identity.Actor;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.build.RuleKind;
import dev.relata.rules.manage.RuleFileStatus;
import dev.relata.rules.store.DraftFile;
import dev.relata.rules.store.RuleRevision;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule files, their validation, publishing and revisions, for administrators. A file's path is the
 * rest of the URL ({@code admin/rules/sales/opportunity.drl}); the fixed words (validate, publish,
 * revisions) cannot be file paths, which always end in a rule kind's ending.
 */
@Path("admin/rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {
  private static final Set<String> FILE_MEMBERS = Set.of("content", "contentBase64", "version");

  private final RelataRuntime runtime;

  @Inject
  public RuleResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected RuleResource() {
    this(null);
  }

  @GET
  public String list(@Context ContainerRequestContext request) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    List<Map<String, Object>> items = rules().list(actor).stream().map(RuleJson::file).toList();
    return Json.write(
        RuleJson.map("items", items, "activeRevision", rules().activeRevision(actor)));
  }

  @POST
  @Path("validate")
  public String validate(@Context ContainerRequestContext request) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    List<BuildProblem> problems = rules().validate(actor);
    return Json.write(RuleJson.validation(problems));
  }

  @POST
  @Path("tests/run")
  public String runTests(@Context ContainerRequestContext request) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    return Json.write(RuleJson.testRun(rules().runTests(actor)));
  }

  @POST
  @Path("publish")
  public Response publish(@Context ContainerRequestContext request) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    RuleRevision revision = rules().publish(actor);
    return Response.status(Response.Status.CREATED)
        .entity(Json.write(RuleJson.revision(revision, revision.id())))
        .build();
  }

  @GET
  @Path("revisions")
  public String revisions(
      @Context ContainerRequestContext request,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    int p = orDefault(Params.integer("page", page), 0);
    int s = orDefault(Params.integer("size", size), 50);
    if (p < 0 || s < 1 || s > 500) {
      throw RelataException.badRequest("revisions.paging.invalid", 500);
    }
    Long active = rules().activeRevision(actor);
    List<Map<String, Object>> items =
        rules().revisions(actor, p, s).stream().map(r -> RuleJson.revision(r, active)).toList();
    return Json.write(
        RuleJson.map(
            "items",
            items,
            "total",
            rules().countRevisions(actor),
            "page",
            p,
            "size",
            s,
            "activeRevision",
            active));
  }

  @GET
  @Path("revisions/{id}")
  public String revision(@Context ContainerRequestContext request, @PathParam("id") String id) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    return Json.write(
        RuleJson.revisionDetail(
            rules().revision(actor, Params.id(Params.REVISION, id)),
            rules().activeRevision(actor)));
  }

  @POST
  @Path("revisions/{id}/rollback")
  public Response rollback(@Context ContainerRequestContext request, @PathParam("id") String id) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    RuleRevision revision = rules().rollback(actor, Params.id(Params.REVISION, id));
    return Response.status(Response.Status.CREATED)
        .entity(Json.write(RuleJson.revision(revision, revision.id())))
        .build();
  }

  @GET
  @Path("{path: .+}")
  public Response get(@Context ContainerRequestContext request, @PathParam("path") String path) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    DraftFile file = rules().get(actor, path);
    RuleFileStatus status = rules().status(actor, path);
    return Response.ok(Json.write(RuleJson.fileWithContent(status, file)))
        .tag(AdminJson.etag(file.version()))
        .build();
  }

  /** Creates or replaces a file of the working copy: 201 when new, 200 when replaced. */
  @PUT
  @Path("{path: .+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(
      @Context ContainerRequestContext request,
      @PathParam("path") String path,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    JsonNode json = Json.object(body);
    refuseUnknownMembers(json);
    String content = content(path, json);
    Long version =
        Versions.read(
            json.has("version") ? Json.values(json).get("version") : null, ifMatch, Versions.PLAIN);
    boolean existed = rules().exists(actor, path);
    RuleFileStatus saved = rules().save(actor, path, content, version);
    Response.ResponseBuilder response =
        existed
            ? Response.ok()
            : Response.created(request.getUriInfo().getAbsolutePathBuilder().build());
    return response
        .entity(Json.write(RuleJson.file(saved)))
        .tag(AdminJson.etag(saved.version()))
        .build();
  }

  @DELETE
  @Path("{path: .+}")
  public Response delete(
      @Context ContainerRequestContext request,
      @PathParam("path") String path,
      @HeaderParam("If-Match") String ifMatch) {
    Actor actor = Authenticated.holding(request, SystemPermission.MANAGE_RULES);
    rules().delete(actor, path, Versions.read(null, ifMatch, Versions.PLAIN));
    return Response.noContent().build();
  }

  /**
   * The content as stored: text in {@code content}; for binary kinds Base64 in {@code
   * contentBase64}. The other member, or both, is refused so that nothing is silently ignored.
   */
  private static String content(String path, JsonNode json) {
    boolean binary = RuleKind.of(path).map(RuleKind::binary).orElse(false);
    String wanted = binary ? "contentBase64" : "content";
    String other = binary ? "content" : "contentBase64";
    if (json.hasNonNull(other)) {
      throw RelataException.invalid(other, "unknown_field", "rule.file.content_member", wanted);
    }
    JsonNode node = json.get(wanted);
    if (node == null || node.isNull()) {
      throw RelataException.invalid(wanted, "required", "rule.file.content_required");
    }
    if (!node.isTextual()) {
      throw RelataException.invalid(wanted, "type", "json.not_string", wanted);
    }
    return node.asText();
  }

  private static void refuseUnknownMembers(JsonNode json) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FILE_MEMBERS.contains(name)) {
        throw RelataException.invalid(
            name.length() > 40 ? name.substring(0, 40) : name,
            "unknown_field",
            "rule.file.unknown_member");
      }
    }
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private RuleManager rules() {
    return runtime.relata().ruleManager();
  }
}
