package dev.relata.platform.identity;

import java.time.Instant;

/** A user as the platform reasons about it; the password hash never leaves the repository. */
public record User(long id, String username, String displayName, String email, boolean admin,
    String status, String locale, Instant createdAt) {

  public boolean active() {
    return "active".equals(status);
  }
}
