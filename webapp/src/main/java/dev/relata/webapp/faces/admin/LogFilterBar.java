package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.RelataException;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.primefaces.component.datatable.DataTable;

/**
 * The filter bar of the log pages: a date range and inputs that the table ({@code form:events})
 * takes only on "apply", from its first page again.
 */
final class LogFilterBar {
  private LogFilterBar() {}

  /**
   * The filter the inputs make; empty, after saying on the form what is wrong, when the range ends
   * before it starts or the log refuses an input.
   */
  static <F> Optional<F> read(
      String form, String rangeInvalidKey, LocalDate from, LocalDate to, Supplier<F> filter) {
    if (from != null && to != null && to.isBefore(from)) {
      return refused(form + ":to", Texts.get(rangeInvalidKey));
    }
    try {
      return Optional.of(filter.get());
    } catch (RelataException e) {
      return refused(form + ":filterMessages", Texts.of(e.text()));
    }
  }

  /** Turns the form's log table back to its first page. */
  static void firstPage(String form) {
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(form + ":events");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  private static <F> Optional<F> refused(String clientId, String message) {
    FacesMessages.error(clientId, message);
    FacesContext.getCurrentInstance().validationFailed();
    return Optional.empty();
  }
}
