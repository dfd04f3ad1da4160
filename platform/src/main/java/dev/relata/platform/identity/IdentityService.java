package dev.relata.platform.identity;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.DataAccessException;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.audit.LoginLog;
import dev.relata.platform.audit.LoginOutcome;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Users, sign-in and bearer tokens. Every failed sign-in answers with the same message and spends
 * the same hashing time, so a caller cannot tell an unknown username from a wrong password.
 */
public final class IdentityService {
  /** The one message for every failed sign-in. */
  public static final String INVALID_CREDENTIALS = "Invalid username or password.";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_PASSWORD_LENGTH = 1024;
  private final Database database;
  private final PasswordHasher hasher;
  private final UserRepository users = new UserRepository();
  private final LoginLog loginLog;
  private final Duration tokenLifetime;

  public IdentityService(Database database, PasswordHasher hasher, Duration tokenLifetime,
      LoginLog loginLog) {
    this.database = database;
    this.loginLog = loginLog;
    this.hasher = hasher;
    this.tokenLifetime = tokenLifetime;
  }

  public User createUser(String username, String displayName, String email, String password,
      boolean admin) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
      throw RelataException.unprocessable("username", "invalid",
          "A username has 2 to 100 letters, digits, '.', '_', '@' or '-'.");
    }
    if (password == null || password.length() < 12 || password.length() > MAX_PASSWORD_LENGTH) {
      throw RelataException.unprocessable("password", "invalid",
          "A password needs 12 to " + MAX_PASSWORD_LENGTH + " characters.");
    }
    String hash = hasher.hash(password.toCharArray());
    try {
      long id = database.transaction(c -> {
        long created = users.insert(c, username, displayName, email, hash);
        if (admin) {
          users.grantRole(c, created, Actor.ADMIN_ROLE);
        }
        return created;
      });
      return user(id).orElseThrow();
    } catch (DataAccessException e) {
      if (SqlDialect.isUniqueViolation(e.sqlException())) {
        throw RelataException.unprocessable("username", "duplicate",
            "The username '" + username + "' is taken.");
      }
      throw e;
    }
  }

  public Optional<User> user(long id) {
    return database.read(c -> users.findById(c, id));
  }

  /** The user with this username, compared case-insensitively. */
  public Optional<User> userByUsername(String username) {
    return database.read(c -> users.credentials(c, username)).map(UserRepository.Credentials::user);
  }

  public List<User> searchUsers(String text, int limit) {
    return database.read(c -> users.search(c, text, Math.min(Math.max(limit, 1), 100)));
  }

  public long countUsers() {
    return database.read(users::count);
  }

  /** Checks a username and password; the user if they match an active account. */
  public User signIn(String username, String password) {
    return signIn(username, password, ClientInfo.UNKNOWN);
  }

  /**
   * Checks a username and password and logs the attempt with where it came from; the user if they
   * match an active account.
   */
  public User signIn(String username, String password, ClientInfo client) {
    if (username == null || password == null || username.length() > 100
        || password.length() > MAX_PASSWORD_LENGTH) {
      hasher.verifyNothing("x".toCharArray());
      throw failed(username, null, LoginOutcome.MALFORMED, client);
    }
    var credentials = database.read(c -> users.credentials(c, username));
    if (credentials.isEmpty()) {
      hasher.verifyNothing(password.toCharArray());
      throw failed(username, null, LoginOutcome.UNKNOWN_USER, client);
    }
    User user = credentials.get().user();
    boolean matches = hasher.verify(password.toCharArray(), credentials.get().passwordHash());
    if (!matches) {
      throw failed(username, user.id(), LoginOutcome.WRONG_PASSWORD, client);
    }
    if (!user.active()) {
      throw failed(username, user.id(), User.DEACTIVATED.equals(user.status())
          ? LoginOutcome.DEACTIVATED : LoginOutcome.LOCKED, client);
    }
    database.execute(c -> loginLog.record(c, username, user.id(), LoginOutcome.SUCCESS, client));
    return user;
  }

  private RelataException failed(String username, Long userId, LoginOutcome outcome,
      ClientInfo client) {
    database.execute(c -> loginLog.record(c, username, userId, outcome, client));
    return unauthorized();
  }

  /** Signs in and issues a bearer token. */
  public IssuedToken issueToken(String username, String password) {
    return issueToken(username, password, ClientInfo.UNKNOWN);
  }

  /** Signs in, logging where from, and issues a bearer token. */
  public IssuedToken issueToken(String username, String password, ClientInfo client) {
    User user = signIn(username, password, client);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = Instant.now().plus(tokenLifetime);
    database.execute(c -> users.insertToken(c, PasswordHasher.sha256(token), user.id(),
        expiresAt));
    return new IssuedToken(token, expiresAt);
  }

  /** The actor a bearer token stands for, or 401. */
  public Actor authenticate(String token) {
    if (token == null || token.isEmpty() || token.length() > 200) {
      throw unauthorized("Sign in first: send Authorization: Bearer <token>.");
    }
    User user = database.read(c -> users.userOfToken(c, PasswordHasher.sha256(token),
        Instant.now())).filter(User::active).orElseThrow(() -> unauthorized(
            "The token is invalid or has expired; sign in again."));
    return actor(user);
  }

  public void revokeToken(String token) {
    database.execute(c -> users.revokeToken(c, PasswordHasher.sha256(token)));
  }

  public static Actor actor(User user) {
    return new Actor(user.id(), user.username(), java.util.Set.copyOf(user.roles()));
  }

  private static RelataException unauthorized() {
    return unauthorized(INVALID_CREDENTIALS);
  }

  private static RelataException unauthorized(String message) {
    return new RelataException(ErrorKind.UNAUTHORIZED, message);
  }
}
