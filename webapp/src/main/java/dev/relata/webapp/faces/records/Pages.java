package dev.relata.webapp.faces.records;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What record pages share: answering 404 for an entity or record that is not there. */
final class Pages {
  private Pages() {}

  /** Ends the request with 404 and the not-found page. */
  static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    try {
      external.responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  static String list(String entity) {
    return "/app/records/list.xhtml?faces-redirect=true&entity=" + entity;
  }

  static String view(String entity, long id) {
    return "/app/records/view.xhtml?faces-redirect=true&entity=" + entity + "&id=" + id;
  }
}
