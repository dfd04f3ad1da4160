package dev.relata.webapp.rest;

import dev.relata.metadata.error.RelataException;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finding active users by name, e.g. to fill an owner or user field. */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
  private final RelataRuntime runtime;

  @Inject
  public UserResource(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected UserResource() {
    this(null);
  }

  @GET
  public String search(@QueryParam("q") String q, @QueryParam("size") String size) {
    Integer limit = Params.integer("size", size);
    if (limit != null && (limit < 1 || limit > 100)) {
      throw RelataException.badRequest("user_query.size_out_of_range", 100);
    }
    return Json.write(
        Map.of(
            "items",
            runtime.relata().identity().searchUsers(q, limit == null ? 20 : limit).stream()
                .map(
                    u -> {
                      Map<String, Object> json = new LinkedHashMap<>();
                      json.put("id", u.id());
                      json.put("username", u.username());
                      json.put("displayName", u.displayName());
                      return json;
                    })
                .toList()));
  }
}
