package dev.relata.webapp.faces.session;

import dev.relata.platform.audit.ClientInfo;
import dev.relata.webapp.runtime.RelataRuntime;
import dev.relata.webapp.runtime.RequestClients;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The browser behind the current Faces request, as the login log and web sessions record it. */
public final class BrowserClient {
  private BrowserClient() {}

  public static ClientInfo current() {
    HttpServletRequest http =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return RequestClients.of(
        "web", http, CDI.current().select(RelataRuntime.class).get().trustedProxies());
  }
}
