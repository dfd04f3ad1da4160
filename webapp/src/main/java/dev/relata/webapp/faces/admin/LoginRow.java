package dev.relata.webapp.faces.admin;

/**
 * One sign-in attempt as the login log page shows it: time formatted for the reader, outcome and
 * channel translated, the outcome code kept for styling.
 */
public record LoginRow(
    long id,
    String at,
    String username,
    String outcome,
    String outcomeLabel,
    String channel,
    String address,
    String userAgent)
    implements LogRows.Row {
  private static final long serialVersionUID = 1L;

  public boolean success() {
    return "success".equals(outcome);
  }
}
