package dev.relata.platform.organisation;

import dev.relata.metadata.error.RelataException;
import java.util.Set;

/**
 * Which users to list: text found in username, display name or email; a status; a department; a
 * role. Pages count from 0; a page has 1 to 100 users (default 25).
 */
public record UserQuery(
    String text, String status, Long department, String role, int page, int size) {
  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 100;
  private static final Set<String> STATUSES = Set.of("active", "locked", "deactivated");

  public UserQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > 100) {
      throw RelataException.badRequest("user_query.text_too_long", 100);
    }
    status = status == null || status.isBlank() ? null : status;
    if (status != null && !STATUSES.contains(status)) {
      throw RelataException.badRequest("user_query.status_invalid");
    }
    role = role == null || role.isBlank() ? null : role;
    if (page < 0) {
      throw RelataException.badRequest("user_query.page_negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw RelataException.badRequest("user_query.size_out_of_range", MAX_SIZE);
    }
  }

  /** Every user, first page. */
  public static UserQuery all() {
    return new UserQuery(null, null, null, null, 0, DEFAULT_SIZE);
  }
}
