package dev.relata.platform.identity;

/** The authenticated user on whose behalf a request runs. */
public record Actor(long userId, String username, boolean admin) {

  /** Refuses the call unless the actor is an administrator. */
  public void requireAdmin() {
    if (!admin) {
      throw dev.relata.metadata.error.RelataException.forbidden(
          "Only administrators may do this.");
    }
  }
}
