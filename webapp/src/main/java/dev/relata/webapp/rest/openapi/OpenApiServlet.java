package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.webapp.rest.Authenticated;
import dev.relata.webapp.rest.Json;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /openapi}: the API's OpenAPI 3.0 document, YAML unless JSON is asked for ({@code
 * Accept: application/json} or {@code ?format=json}). Without a token it describes the fixed API;
 * with a bearer token it adds every entity's own schemas and paths, since those tell the
 * installation's configuration to whoever reads them. A servlet rather than a JAX-RS resource: the
 * document lives beside {@code /api/v1}, not in it. Payara's own OpenAPI service is moved off this
 * path (pre-boot-commands.txt).
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  // Field injection: the servlet container, not CDI, constructs servlets.
  @Inject private transient RelataRuntime runtime;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Vary", "Accept, Authorization");
    DocumentFormat format =
        DocumentFormat.choose(request.getParameter("format"), request.getHeader("Accept"));
    if (format == null) {
      error(response, 400, ErrorKind.BAD_REQUEST.code(), "format must be json or yaml.");
      return;
    }
    if (!runtime.ready()) {
      error(response, 503, "unavailable", "Relata is starting; try again in a moment.");
      return;
    }
    List<EntityDefinition> entities;
    try {
      entities = entitiesFor(request.getHeader("Authorization"));
    } catch (RelataException e) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"relata\"");
      error(response, 401, e.kind().code(), e.getMessage());
      return;
    }
    String document = format.write(ApiDocument.build(serverUrl(request), entities));
    response.setContentType(format.mediaType());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(document);
  }

  /** Every active entity for a caller with a working token; none for an anonymous one. */
  private List<EntityDefinition> entitiesFor(String authorization) {
    String token = Authenticated.bearer(authorization);
    if (token == null) {
      if (authorization != null && !authorization.isBlank()) {
        throw RelataException.unauthorized("openapi.authorization");
      }
      return List.of();
    }
    runtime.relata().identity().authenticate(token);
    return runtime.relata().objectManager().catalog().active();
  }

  /** The base URL as the caller reached it: scheme, host, port if not the default, context. */
  static String serverUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    String host = request.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    int port = request.getServerPort();
    boolean defaultPort =
        port <= 0
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
  }

  private static void error(HttpServletResponse response, int status, String code, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(Json.write(Map.of("error", code, "message", text, "fields", List.of())));
  }
}
