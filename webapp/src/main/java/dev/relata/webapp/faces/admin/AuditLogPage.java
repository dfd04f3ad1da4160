package dev.relata.webapp.faces.admin;

import dev.relata.platform.audit.AuditEvent;
import dev.relata.platform.audit.AuditQuery;
import dev.relata.platform.audit.LogFilters;
import dev.relata.platform.audit.LogPage;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin audit log: every administrative change, newest first, a page at a time from the server,
 * filtered by a date range, who acted, the action (one, or all on a kind of target) and the
 * target's id. Each row expands to what differs between its before and after states.
 */
@Named("auditLogPage")
@ViewScoped
public class AuditLogPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "auditForm";
  private final Metadata metadata;
  private final LogRows<AuditRow> rows;
  private LocalDate from;
  private LocalDate to;
  private String actor;
  private String action;
  private String target;
  private Filter applied = new Filter(null, null, null, null, null);

  /** The filter the table shows, kept apart from the inputs until "apply". */
  private record Filter(LocalDate from, LocalDate to, String actor, String action, String target)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Inject
  public AuditLogPage(Metadata metadata) {
    this.metadata = metadata;
    this.rows = new LogRows<>(this::load);
  }

  protected AuditLogPage() {
    this(null);
  }

  public void apply() {
    LogFilterBar.read(
            FORM,
            "audit.rangeInvalid",
            from,
            to,
            () ->
                new Filter(
                    from,
                    to,
                    LogFilters.text("actor", actor),
                    LogFilters.text("action", action),
                    LogFilters.text("targetId", target)))
        .ifPresent(
            filter -> {
              applied = filter;
              LogFilterBar.firstPage(FORM);
            });
  }

  public void clear() {
    from = null;
    to = null;
    actor = null;
    action = null;
    target = null;
    applied = new Filter(null, null, null, null, null);
    LogFilterBar.firstPage(FORM);
  }

  private LogPage<AuditRow> load(int page, int size) {
    AuditQuery query =
        new AuditQuery(
            LogDates.startOf(applied.from()),
            LogDates.endOf(applied.to()),
            applied.actor(),
            applied.action(),
            null,
            applied.target(),
            page,
            Math.min(size, LogFilters.MAX_SIZE));
    LogPage<AuditEvent> events = metadata.relata().auditTrail().search(metadata.actor(), query);
    return events.map(AuditLogPage::row);
  }

  private static AuditRow row(AuditEvent e) {
    return new AuditRow(
        e.id(),
        LogDates.format(e.occurredAt()),
        e.actorUsername(),
        e.action(),
        actionLabel(e.action()),
        e.targetType() + (e.targetId() == null ? "" : " " + e.targetId()),
        e.targetLabel(),
        StateDiff.between(e.before(), e.after()));
  }

  static String actionLabel(String action) {
    return LogDates.textOr("audit.action." + action, action);
  }

  /**
   * The actions the log holds, grouped by the kind of target, each group led by "all of them" (the
   * prefix with its dot, which the query reads as a prefix).
   */
  public List<SelectItem> getActions() {
    return PerRequest.get("auditLogPage.actions", this::actions);
  }

  private List<SelectItem> actions() {
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (String a : metadata.relata().auditTrail().actions(metadata.actor())) {
      int dot = a.indexOf('.');
      byType.computeIfAbsent(dot < 0 ? a : a.substring(0, dot), k -> new ArrayList<>()).add(a);
    }
    List<SelectItem> groups = new ArrayList<>();
    byType.forEach(
        (type, actions) -> {
          List<SelectItem> items = new ArrayList<>();
          items.add(new SelectItem(type + ".", Texts.get("audit.allActions", type)));
          actions.forEach(a -> items.add(new SelectItem(a, actionLabel(a))));
          SelectItemGroup group = new SelectItemGroup(type);
          group.setSelectItems(items);
          groups.add(group);
        });
    return groups;
  }

  public LogRows<AuditRow> getRows() {
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

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
