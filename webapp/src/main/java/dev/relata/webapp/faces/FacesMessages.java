package dev.relata.webapp.faces;

import dev.relata.metadata.error.RelataException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Adds messages for the page to show; a null client id means "not about one component". Summary and
 * detail are the same text: the pages show the detail only.
 */
public final class FacesMessages {
  private FacesMessages() {}

  public static void error(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  public static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  public static void info(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_INFO, text);
  }

  /** The exception's message as a page-level error. */
  public static void error(RelataException e) {
    error(null, Texts.of(e.text()));
  }

  /** Keeps the messages across the redirect that follows. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
