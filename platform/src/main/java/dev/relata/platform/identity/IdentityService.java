package dev.relata.platform.identity;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.DataAccessException;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.audit.LoginLog;
import dev.relata.platform.audit.LoginOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Users, sign-in and bearer tokens. Every failed sign-in answers with the same message and spends
 * the same hashing time — an unknown username, a wrong password and a locked or deactivated account
 * alike — so a caller cannot tell them apart. Only after a correct password does an answer say more
 * (a second factor is needed, the password has expired).
 */
public final class IdentityService {
  /** The one message for every failed sign-in. */
  public static final Message INVALID_CREDENTIALS = Message.of("sign_in.invalid_credentials");

  public static final Message SECOND_FACTOR_MISSING = Message.of("sign_in.second_factor_missing");
  public static final Message SECOND_FACTOR_WRONG = Message.of("sign_in.second_factor_wrong");

  /** For a password that expired, and for one an administrator set or generated. */
  public static final Message PASSWORD_EXPIRED = Message.of("sign_in.password_expired");

  public static final Message ENROLMENT_NEEDED = Message.of("sign_in.enrolment_needed");

  private final Function<Set<String>, Set<SystemPermission>> permissions;
  private final Database database;
  private final PasswordHasher hasher;
  private final UserRepository users = new UserRepository();
  private final AuthTokens tokens = new AuthTokens();
  private final LoginLog loginLog;
  private final Duration tokenLifetime;
  private final SecurityPolicies policies;
  private final AccountSecurity accountSecurity;
  private final Lockout lockout;
  private final CurrentPassword currentPassword;
  private final TwoFactor twoFactor;

  public IdentityService(
      Database database,
      PasswordHasher hasher,
      Duration tokenLifetime,
      LoginLog loginLog,
      SecurityPolicies policies,
      AccountSecurity accountSecurity,
      SecretBox secrets,
      Function<Set<String>, Set<SystemPermission>> permissions) {
    this.database = database;
    this.permissions = permissions;
    this.loginLog = loginLog;
    this.hasher = hasher;
    this.tokenLifetime = tokenLifetime;
    this.policies = policies;
    this.accountSecurity = accountSecurity;
    this.lockout = new Lockout(database, policies, accountSecurity);
    this.currentPassword = new CurrentPassword(database, hasher, lockout);
    this.twoFactor = new TwoFactor(database, currentPassword, accountSecurity, secrets);
  }

  /** Two-factor enrolment and recovery codes of the users of this service. */
  public TwoFactor twoFactor() {
    return twoFactor;
  }

  /** Creates a user whose password passes the security policy. */
  public User createUser(
      String username, String displayName, String email, String password, boolean admin) {
    if (!User.validUsername(username)) {
      throw RelataException.invalid("username", "invalid", "user.username.invalid");
    }
    database.execute(c -> accountSecurity.checkNewPassword(c, username, displayName, password));
    String hash = hasher.hash(password.toCharArray());
    try {
      long id =
          database.transaction(
              c -> {
                long created = users.insert(c, username, displayName, email, hash);
                accountSecurity.recordFirstPassword(c, created, hash);
                if (admin) {
                  users.grantRole(c, created, Actor.ADMIN_ROLE);
                }
                return created;
              });
      return user(id).orElseThrow();
    } catch (DataAccessException e) {
      if (SqlDialect.isUniqueViolation(e.sqlException())) {
        throw RelataException.invalid("username", "duplicate", "user.username.taken", username);
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

  /** A user's own view of their account. */
  public Profile profile(long userId) {
    User user = user(userId).orElseThrow(() -> RelataException.notFound("user.not_found"));
    return database.read(
        c -> {
          String department = null;
          if (user.departmentId() != null) {
            try (PreparedStatement ps =
                c.prepareStatement("SELECT name FROM department WHERE id = ?")) {
              ps.setLong(1, user.departmentId());
              try (ResultSet rs = ps.executeQuery()) {
                department = rs.next() ? rs.getString(1) : null;
              }
            }
          }
          return new Profile(
              user,
              department,
              PasswordExpiry.expiresAt(user, policies.current(c)),
              twoFactor.status(userId));
        });
  }

  /** Checks a username and password; the user if they match an active account. */
  public User signIn(String username, String password) {
    return signIn(username, password, null, ClientInfo.UNKNOWN);
  }

  /**
   * Checks a username and password and logs the attempt with where it came from; the user if they
   * match an active account that needs nothing else (no second factor, no password change).
   */
  public User signIn(String username, String password, ClientInfo client) {
    return signIn(username, password, null, client);
  }

  /**
   * The whole sign-in of an API client in one call: password, and the second factor when the
   * account has two-factor on. An account that must first change its password or set up two-factor
   * is refused with a message that sends the user to the web app.
   *
   * @param secondFactor a code from the authenticator app or a recovery code; may be null
   */
  public User signIn(String username, String password, String secondFactor, ClientInfo client) {
    return completeSignIn(passEverySignInStep(username, password, secondFactor, client), client);
  }

  /**
   * Every step of {@link #signIn(String, String, String, ClientInfo)} but the last; the user id.
   */
  private long passEverySignInStep(
      String username, String password, String secondFactor, ClientInfo client) {
    SignInStep step = beginSignIn(username, password, client);
    if (step.secondFactorNeeded()) {
      if (secondFactor == null || secondFactor.isBlank()) {
        log(username, step.user().id(), LoginOutcome.TOTP_REQUIRED, client);
        throw unauthorized(SECOND_FACTOR_MISSING);
      }
      step = continueWithSecondFactor(step.user().id(), secondFactor, client);
    }
    if (step.passwordChangeNeeded()) {
      log(username, step.user().id(), LoginOutcome.PASSWORD_EXPIRED, client);
      throw unauthorized(PASSWORD_EXPIRED);
    }
    if (step.enrolmentNeeded()) {
      log(username, step.user().id(), LoginOutcome.TOTP_REQUIRED, client);
      throw unauthorized(ENROLMENT_NEEDED);
    }
    return step.user().id();
  }

  /**
   * The first step of signing in: the password. Refuses (401, one message) unknown users, wrong
   * passwords, locked and deactivated accounts, counting wrong passwords towards the lockout;
   * otherwise says what the user must still do. The password is checked under the {@link Lockout},
   * so attempts sent at once are no more checked than one after another. The attempt is logged now
   * only if it failed; {@link #completeSignIn} logs the success.
   */
  public SignInStep beginSignIn(String username, String password, ClientInfo client) {
    if (username == null
        || password == null
        || username.length() > 100
        || password.length() > SecurityPolicy.MOST_MAX_LENGTH) {
      hasher.verifyNothing("x".toCharArray());
      throw failed(username, null, LoginOutcome.MALFORMED, client);
    }
    var credentials = database.read(c -> users.credentials(c, username));
    if (credentials.isEmpty()) {
      hasher.verifyNothing(password.toCharArray());
      throw failed(username, null, LoginOutcome.UNKNOWN_USER, client);
    }
    User user = credentials.get().user();
    // With a second factor still due, a right password does not yet clear the failures.
    Lockout.Verdict verdict =
        lockout.attempt(
            user.id(),
            new OfferedPassword(hasher, password, credentials.get().passwordHash()),
            user.totpEnabled()
                ? Lockout.OnSuccess.KEEP_FAILURES
                : Lockout.OnSuccess.FORGET_FAILURES);
    if (verdict != Lockout.Verdict.ACCEPTED) {
      throw failed(username, user.id(), outcome(verdict, LoginOutcome.WRONG_PASSWORD), client);
    }
    return database.read(
        c -> {
          boolean secondFactor = twoFactor.enabled(c, user.id());
          return new SignInStep(
              user,
              secondFactor,
              PasswordExpiry.changeNeeded(c, user, policies.current(c)),
              !secondFactor && twoFactor.requiredFor(c, user.id()));
        });
  }

  /**
   * The second step for an account with two-factor on: a code from the app or a recovery code,
   * checked under the {@link Lockout} like a password. A wrong code counts towards the lockout.
   */
  public SignInStep continueWithSecondFactor(long userId, String code, ClientInfo client) {
    User user = user(userId).orElseThrow(IdentityService::unauthorized);
    Lockout.Verdict verdict =
        lockout.attempt(
            userId,
            () -> database.transaction(c -> twoFactor.verify(c, userId, code)),
            Lockout.OnSuccess.FORGET_FAILURES);
    if (verdict == Lockout.Verdict.WRONG) {
      log(user.username(), userId, LoginOutcome.TOTP_INVALID, client);
      throw unauthorized(SECOND_FACTOR_WRONG);
    }
    if (verdict != Lockout.Verdict.ACCEPTED) {
      throw failed(user.username(), userId, outcome(verdict, LoginOutcome.TOTP_INVALID), client);
    }
    return database.read(
        c ->
            new SignInStep(
                user, false, PasswordExpiry.changeNeeded(c, user, policies.current(c)), false));
  }

  /** The login log's word for an attempt the lockout did not accept. */
  private static LoginOutcome outcome(Lockout.Verdict verdict, LoginOutcome wrong) {
    return switch (verdict) {
      case WRONG -> wrong;
      case LOCKED_NOW -> LoginOutcome.LOCKED_OUT_NOW;
      case LOCKED -> LoginOutcome.LOCKED;
      case DEACTIVATED -> LoginOutcome.DEACTIVATED;
      case TOO_MANY_AT_ONCE -> LoginOutcome.TOO_MANY_ATTEMPTS;
      case ACCEPTED -> throw new IllegalArgumentException("An accepted attempt is no failure");
    };
  }

  /**
   * The step for a user whose password expired, right after they proved it: a new one, which must
   * pass the policy (refusals are on the field {@code newPassword}).
   */
  public SignInStep changeExpiredPassword(long userId, String newPassword) {
    User user = user(userId).filter(User::active).orElseThrow(IdentityService::unauthorized);
    return database.transaction(
        c -> {
          accountSecurity.setPassword(c, user, newPassword, "newPassword");
          boolean enrolment = !twoFactor.enabled(c, userId) && twoFactor.requiredFor(c, userId);
          return new SignInStep(user, false, false, enrolment);
        });
  }

  /** Logs a successful sign-in once every step is done; the user as they are now. */
  public User completeSignIn(long userId, ClientInfo client) {
    return completeSignIn(userId, client, (c, user) -> user);
  }

  /**
   * Lets a user in who has passed every step, if the account is still usable, and logs it: {@code
   * grant} (a token, say) is written holding the user's row, so a lock either comes first and
   * refuses it or comes after and ends what it granted. A lock that came between the steps is
   * logged as such.
   */
  private <T> T completeSignIn(long userId, ClientInfo client, Grant<T> grant) {
    User user = user(userId).orElseThrow(IdentityService::unauthorized);
    Optional<T> granted =
        database.transaction(
            c -> {
              if (!Lockout.holdIfUsable(c, userId)) {
                return Optional.empty();
              }
              loginLog.record(c, user.username(), userId, LoginOutcome.SUCCESS, client);
              return Optional.of(grant.grant(c, user));
            });
    if (granted.isEmpty()) {
      boolean deactivated = user(userId).map(u -> User.DEACTIVATED.equals(u.status())).orElse(true);
      throw failed(
          user.username(),
          userId,
          deactivated ? LoginOutcome.DEACTIVATED : LoginOutcome.LOCKED,
          client);
    }
    return granted.get();
  }

  /** What signing in hands out, written in the transaction that lets the user in. */
  @FunctionalInterface
  private interface Grant<T> {
    T grant(Connection c, User user) throws SQLException;
  }

  /**
   * A signed-in user changes their own password, giving the current one. Every session and token of
   * the user ends, including the one the request came with: the caller signs in again.
   */
  public void changePassword(Actor actor, String current, String newPassword) {
    currentPassword.require(actor.userId(), current);
    User user = user(actor.userId()).orElseThrow(IdentityService::unauthorized);
    database.execute(c -> accountSecurity.setPassword(c, user, newPassword, "newPassword"));
  }

  private RelataException failed(
      String username, Long userId, LoginOutcome outcome, ClientInfo client) {
    log(username, userId, outcome, client);
    return unauthorized();
  }

  private void log(String username, Long userId, LoginOutcome outcome, ClientInfo client) {
    database.execute(c -> loginLog.record(c, username, userId, outcome, client));
  }

  /** Signs in and issues a bearer token. */
  public IssuedToken issueToken(String username, String password) {
    return issueToken(username, password, null, ClientInfo.UNKNOWN);
  }

  /** Signs in, logging where from, and issues a bearer token. */
  public IssuedToken issueToken(String username, String password, ClientInfo client) {
    return issueToken(username, password, null, client);
  }

  /** Signs in with an optional second factor, logging where from, and issues a bearer token. */
  public IssuedToken issueToken(
      String username, String password, String secondFactor, ClientInfo client) {
    long userId = passEverySignInStep(username, password, secondFactor, client);
    String token = AuthTokens.newToken();
    Instant expiresAt = Instant.now().plus(tokenLifetime);
    completeSignIn(
        userId,
        client,
        (c, user) ->
            tokens.insert(c, token, userId, AuthTokens.API, null, expiresAt, null, client));
    return new IssuedToken(token, expiresAt);
  }

  /** The actor a bearer token (sign-in or personal) stands for, or 401. */
  public Actor authenticate(String token) {
    if (token == null || token.isEmpty() || token.length() > 200) {
      throw unauthorized(Message.of("sign_in.token_missing"));
    }
    Optional<User> user =
        tokens.holder(database, token, Instant.now(), AuthTokens.API, AuthTokens.PERSONAL);
    User holder = user.orElseThrow(() -> unauthorized(Message.of("sign_in.token_invalid")));
    Set<String> roles = Set.copyOf(holder.roles());
    return new Actor(holder.id(), holder.username(), roles, permissions.apply(roles));
  }

  public void revokeToken(String token) {
    database.execute(c -> tokens.revoke(c, token));
  }

  /**
   * An actor for a user outside a request, with the system permissions of the shipped defaults
   * (those of {@code admin}); requests get theirs from the policy in force.
   */
  public static Actor actor(User user) {
    return new Actor(user.id(), user.username(), java.util.Set.copyOf(user.roles()));
  }

  private static RelataException unauthorized() {
    return unauthorized(INVALID_CREDENTIALS);
  }

  private static RelataException unauthorized(Message message) {
    return new RelataException(ErrorKind.UNAUTHORIZED, message);
  }
}
