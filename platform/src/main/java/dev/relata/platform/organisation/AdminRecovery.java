package dev.relata.platform.organisation;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.AccountSecurity;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.SecurityPolicies;
import dev.relata.platform.identity.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Break-glass recovery: gives a user administrator access back when nobody can sign in to
 * administer Relata (every administrator locked out, a second factor lost, the last administrator
 * deactivated). It needs no signed-in actor because only someone who holds the database can run it:
 * it is the {@code reset-admin} command, run on the server machine. The audit log records it under
 * the name of the machine's user.
 *
 * <p>In one transaction the user's lockout is lifted and their failed attempts forgotten, the
 * account is made active, two-factor is turned off (secret and recovery codes discarded), the
 * administrator role is added if they did not hold it, and a new generated password is set that
 * must be changed at the next sign-in; every session and token of theirs ends.
 */
public final class AdminRecovery {
  /** The audit action. */
  public static final String ACTION = "user.recover_admin";

  /** The audit log's actor for a command run on the server machine: {@code console:<user>}. */
  public static final String CONSOLE_ACTOR_PREFIX = "console:";

  private static final int GENERATED_LENGTH = 20;
  private static final int ADMINS_NAMED = 20;
  private final Database database;
  private final AccountSecurity security;
  private final SecurityPolicies policies;
  private final AuditLog audit;
  private final UserDirectory users = new UserDirectory();

  public AdminRecovery(
      Database database, AccountSecurity security, SecurityPolicies policies, AuditLog audit) {
    this.database = database;
    this.security = security;
    this.policies = policies;
    this.audit = audit;
  }

  /**
   * Restores {@code username}'s administrator access.
   *
   * @param operator who runs the command: the machine's user name
   * @throws RelataException not found if there is no such user (the message names the
   *     administrators, for an operator who forgot the username)
   */
  public RecoveredAdmin recover(String username, String operator) {
    if (username == null || username.isBlank()) {
      throw RelataException.badRequest("recovery.username.required");
    }
    return database.transaction(
        c -> {
          long id = users.idOf(c, username.strip()).orElseThrow(() -> noSuchUser(c, username));
          User before = users.find(c, id).orElseThrow();
          boolean madeAdmin = !before.admin();
          Instant now = Instant.now();
          security.unlock(c, id);
          users.setStatus(c, id, User.ACTIVE, now);
          security.resetTwoFactor(c, id);
          if (madeAdmin) {
            List<String> roles = new ArrayList<>(before.roles());
            roles.add(Actor.ADMIN_ROLE);
            users.setRoles(c, id, roles);
          }
          int length = Math.max(GENERATED_LENGTH, policies.current(c).minPasswordLength());
          String password = Passwords.generate(length);
          // Also ends every session and token of the user.
          security.setPassword(c, before, password);
          users.requirePasswordChange(c, id);
          User after = users.find(c, id).orElseThrow();
          audit.recordBySystem(
              c,
              CONSOLE_ACTOR_PREFIX + operator,
              ACTION,
              "user",
              String.valueOf(id),
              after.username(),
              auditState(before, false),
              auditState(after, true));
          return new RecoveredAdmin(
              after,
              password,
              User.LOCKED.equals(before.status()),
              User.DEACTIVATED.equals(before.status()),
              before.totpEnabled(),
              madeAdmin);
        });
  }

  private static Map<String, Object> auditState(User user, boolean passwordReset) {
    Map<String, Object> state = UserAdministration.state(user);
    state.put("totpEnabled", user.totpEnabled());
    if (passwordReset) {
      state.put("mustChangePassword", true);
      state.put("sessionsEnded", true);
    }
    return state;
  }

  private RelataException noSuchUser(Connection c, String username) {
    try {
      UserPage admins =
          users.page(c, new UserQuery(null, null, null, Actor.ADMIN_ROLE, 0, ADMINS_NAMED));
      Message hint =
          admins.total() == 0
              ? users.page(c, new UserQuery(null, null, null, null, 0, 1)).total() == 0
                  ? Message.of("recovery.no_users")
                  : Message.of("recovery.no_admins")
              : Message.of(
                  "recovery.admins",
                  String.join(", ", admins.items().stream().map(User::username).toList())
                      + (admins.total() > ADMINS_NAMED ? ", …" : ""));
      return RelataException.notFound("recovery.user.not_found", username, hint);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the administrators", e);
    }
  }
}
