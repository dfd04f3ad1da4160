package dev.relata.platform.identity;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Personal API tokens: named, expiring bearer tokens a user makes for scripts and integrations,
 * stored hashed, listed without their secret, revocable one by one. Each user sees and revokes only
 * their own; someone else's token is "not found", like a token that does not exist.
 */
public final class PersonalTokens {
  public static final int MAX_DAYS = 366;
  public static final int MAX_NAME = 100;

  /** Enough for any real use; a bound, so that a script gone wrong cannot fill the table. */
  public static final int MAX_LIVE = 50;

  private final Database database;
  private final AuthTokens tokens = new AuthTokens();

  public PersonalTokens(Database database) {
    this.database = database;
  }

  public CreatedPersonalToken create(Actor actor, String name, int days) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw RelataException.invalid("name", "invalid", "token.name.invalid", MAX_NAME);
    }
    if (days < 1 || days > MAX_DAYS) {
      throw RelataException.invalid(
          "expiresInDays", "out_of_range", "token.expiry.out_of_range", MAX_DAYS);
    }
    return database.transaction(
        c -> {
          if (list(actor).size() >= MAX_LIVE) {
            throw RelataException.conflict("token.too_many", MAX_LIVE);
          }
          String token = AuthTokens.newToken();
          Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
          Instant expires = now.plus(Duration.ofDays(days));
          long id =
              tokens.insert(
                  c, token, actor.userId(), AuthTokens.PERSONAL, trimmed, expires, null, null);
          return new CreatedPersonalToken(
              new PersonalToken(id, trimmed, now, expires, null), token);
        });
  }

  /** The actor's tokens that still work, newest first. */
  public List<PersonalToken> list(Actor actor) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, created_at, expires_at,"
                      + " last_used_at FROM auth_token WHERE user_id = ? AND kind = ? AND revoked = FALSE"
                      + " AND expires_at > ? ORDER BY id DESC")) {
            ps.setLong(1, actor.userId());
            ps.setString(2, AuthTokens.PERSONAL);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            List<PersonalToken> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Instant created = AuthTokens.instant(rs.getTimestamp(3));
                Instant lastUsed = AuthTokens.instant(rs.getTimestamp(5));
                // A token is stamped "used" when made; that is not a use worth showing.
                list.add(
                    new PersonalToken(
                        rs.getLong(1),
                        rs.getString(2),
                        created,
                        AuthTokens.instant(rs.getTimestamp(4)),
                        lastUsed != null && lastUsed.equals(created) ? null : lastUsed));
              }
            }
            return list;
          }
        });
  }

  /** Revokes one of the actor's own tokens; anyone else's is not found. */
  public void revoke(Actor actor, long id) {
    int revoked =
        database.transaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE auth_token SET revoked = TRUE"
                          + " WHERE id = ? AND user_id = ? AND kind = ? AND revoked = FALSE")) {
                ps.setLong(1, id);
                ps.setLong(2, actor.userId());
                ps.setString(3, AuthTokens.PERSONAL);
                return ps.executeUpdate();
              }
            });
    if (revoked == 0) {
      throw RelataException.notFound("token.not_found", id);
    }
  }
}
