package dev.relata.webapp.faces.admin;

import dev.relata.platform.audit.LogFilters;
import dev.relata.platform.audit.LogPage;
import dev.relata.platform.audit.LoginEvent;
import dev.relata.platform.audit.LoginOutcome;
import dev.relata.platform.audit.LoginQuery;
import dev.relata.webapp.faces.Metadata;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The login log: every sign-in attempt, newest first, a page at a time from the server, filtered by
 * a date range, the username and the outcome. Read-only, like the log itself.
 */
@Named("loginLogPage")
@ViewScoped
public class LoginLogPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "loginsForm";
  private final Metadata metadata;
  private final LogRows<LoginRow> rows;
  private LocalDate from;
  private LocalDate to;
  private String username;
  private String outcome;
  private Filter applied = new Filter(null, null, null, null);

  /** The filter the table shows, kept apart from the inputs until "apply". */
  private record Filter(LocalDate from, LocalDate to, String username, LoginOutcome outcome)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A choice of the outcome menu. */
  public record Option(String value, String label) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Inject
  public LoginLogPage(Metadata metadata) {
    this.metadata = metadata;
    this.rows = new LogRows<>(this::load);
  }

  protected LoginLogPage() {
    this(null);
  }

  public void apply() {
    LogFilterBar.read(
            FORM,
            "logins.rangeInvalid",
            from,
            to,
            () ->
                new Filter(
                    from, to, LogFilters.text("username", username), LogFilters.outcome(outcome)))
        .ifPresent(
            filter -> {
              applied = filter;
              LogFilterBar.firstPage(FORM);
            });
  }

  public void clear() {
    from = null;
    to = null;
    username = null;
    outcome = null;
    applied = new Filter(null, null, null, null);
    LogFilterBar.firstPage(FORM);
  }

  private LogPage<LoginRow> load(int page, int size) {
    LoginQuery query =
        new LoginQuery(
            LogDates.startOf(applied.from()),
            LogDates.endOf(applied.to()),
            applied.username(),
            null,
            applied.outcome(),
            null,
            null,
            page,
            Math.min(size, LogFilters.MAX_SIZE));
    LogPage<LoginEvent> events = metadata.relata().loginHistory().search(metadata.actor(), query);
    return events.map(LoginLogPage::row);
  }

  private static LoginRow row(LoginEvent e) {
    return new LoginRow(
        e.id(),
        LogDates.format(e.occurredAt()),
        e.username(),
        e.outcome(),
        outcomeLabel(e.outcome()),
        LogDates.textOr("logins.channel." + e.channel(), e.channel()),
        e.address(),
        e.userAgent());
  }

  static String outcomeLabel(String code) {
    return LogDates.textOr("logins.outcome." + code, code);
  }

  public List<Option> getOutcomes() {
    return Arrays.stream(LoginOutcome.values())
        .map(o -> new Option(o.code(), outcomeLabel(o.code())))
        .toList();
  }

  public LogRows<LoginRow> getRows() {
    return rows;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
