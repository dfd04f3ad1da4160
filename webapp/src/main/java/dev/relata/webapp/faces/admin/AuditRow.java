package dev.relata.webapp.faces.admin;

import java.util.List;

/**
 * One administrative change as the audit log page shows it, with what differs between its before
 * and after states.
 */
public record AuditRow(
    long id,
    String at,
    String actor,
    String action,
    String actionLabel,
    String target,
    String label,
    List<StateDiff.Change> changes)
    implements LogRows.Row {
  private static final long serialVersionUID = 1L;

  public AuditRow {
    changes = List.copyOf(changes);
  }
}
