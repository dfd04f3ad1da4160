package dev.relata.webapp.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Sets the security headers on every response, before anything else can commit it (the filter is
 * declared first in {@code web.xml} and runs for errors and forwards too):
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser never guesses a script or a page out of
 *       a file served as something else.
 *   <li>{@code Referrer-Policy: same-origin}: addresses of records never travel to other sites.
 *   <li>{@code X-Frame-Options: DENY} and the policy's {@code frame-ancestors 'none'}: no other
 *       site (nor Relata itself) shows Relata in a frame.
 *   <li>{@code Content-Security-Policy}: {@link #NOT_A_PAGE} for everything that is not a page; a
 *       page replaces it with its own, written by PrimeFaces with the page's nonce (the policy is
 *       {@code primefaces.CSP_POLICY} in {@code web.xml}).
 *   <li>{@code Cache-Control: no-store} on everything but static resources: pages, the sign-in
 *       form, tokens and API answers stay out of browser and proxy caches.
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  /**
   * For JSON, health, static files and anything else that is no page: nothing may load, run, frame
   * or be framed, should a browser ever render it.
   */
  static final String NOT_A_PAGE =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(CONTENT_SECURITY_POLICY, NOT_A_PAGE);
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * Stylesheets, scripts, fonts and images, which the Faces resource handler lets browsers keep.
   */
  static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /**
   * A response on which a later Content-Security-Policy replaces the one set here instead of being
   * added beside it: a browser enforces every policy it receives, so the page's policy (with its
   * nonce) and {@link #NOT_A_PAGE} together would block the page's own scripts.
   */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
