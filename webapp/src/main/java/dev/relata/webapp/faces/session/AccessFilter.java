package dev.relata.webapp.faces.session;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Keeps signed-out visitors out of {@code /app/**} (to the sign-in page) and users out of the
 * administration pages their system permissions do not open (403). The platform checks every call
 * again; this filter only spares people pages they cannot use. A signed-in session is checked
 * against its {@code auth_token} row on every request, so a session revoked elsewhere (sign-out,
 * deactivation, lockout, a new password, a timeout) ends here at once. {@code Cache-Control:
 * no-store}, which keeps these pages out of the browser's cache after signing out, comes from
 * {@link dev.relata.webapp.http.SecurityHeadersFilter} with the other security headers.
 */
@WebFilter(
    urlPatterns = "/app/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  // Field injection: the servlet container, not CDI, constructs filters.
  @Inject private transient UserSession session;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean signedIn = session.isSignedIn();
    if (signedIn && !session.refresh()) {
      session.forget();
      signedIn = false;
      request.getSession().invalidate();
    }
    switch (AccessRule.decide(path, signedIn, signedIn ? session.permissions() : Set.of())) {
      case SIGN_IN -> toSignIn(request, response);
      case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
      case ALLOW -> chain.doFilter(request, response);
    }
  }

  /** A redirect the browser follows, also for an Ajax request of a page left open too long. */
  private static void toSignIn(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String login = request.getContextPath() + "/login.xhtml";
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                  + "<redirect url=\""
                  + login
                  + "\"></redirect></partial-response>");
      return;
    }
    response.sendRedirect(login);
  }
}
