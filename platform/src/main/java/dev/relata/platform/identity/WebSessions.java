package dev.relata.platform.identity;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.audit.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Browser sessions as {@code auth_token} rows of kind {@code web}. The web layer keeps the token in
 * the HTTP session and asks {@link #live} on every request, so that revoking the row (sign-out,
 * deactivation, lockout, a new password) ends the session at once, on every instance of a cluster.
 * Idle and absolute timeouts come from the security policy at sign-in.
 */
public final class WebSessions {
  private final Database database;
  private final SecurityPolicies policies;
  private final AuthTokens tokens = new AuthTokens();

  public WebSessions(Database database, SecurityPolicies policies) {
    this.database = database;
    this.policies = policies;
  }

  /**
   * Starts a session for a user who has passed every sign-in step; its token. Refused (401) if the
   * account was locked or deactivated meanwhile; the session is written holding the user's row, so
   * a lock that comes after it ends it.
   */
  public String start(long userId, ClientInfo client) {
    return database.transaction(
        c -> {
          if (!Lockout.holdIfUsable(c, userId)) {
            throw new RelataException(ErrorKind.UNAUTHORIZED, IdentityService.INVALID_CREDENTIALS);
          }
          SecurityPolicy policy = policies.current(c);
          String token = AuthTokens.newToken();
          tokens.insert(
              c,
              token,
              userId,
              AuthTokens.WEB,
              null,
              Instant.now().plus(Duration.ofHours(policy.sessionAbsoluteHours())),
              policy.sessionIdleMinutes(),
              client);
          return token;
        });
  }

  /**
   * Whether the session still stands: not revoked, within both timeouts, its user active. One
   * indexed query, and a write of the last use at most once a minute.
   */
  public boolean live(String token) {
    return user(token).isPresent();
  }

  /**
   * The session's user as they are now, roles included, if the session still stands; so that a role
   * granted or taken away applies to a signed-in browser on its next request.
   */
  public Optional<User> user(String token) {
    if (token == null) {
      return Optional.empty();
    }
    return tokens.holder(database, token, Instant.now(), AuthTokens.WEB);
  }

  /** Signs out: the row is revoked, so the session is dead wherever it is replicated. */
  public void end(String token) {
    if (token != null) {
      database.execute(c -> tokens.revoke(c, token));
    }
  }
}
