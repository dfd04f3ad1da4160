package dev.relata.platform.organisation;

import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.AuditEvent;
import dev.relata.platform.audit.AuditQuery;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IssuedToken;
import dev.relata.platform.identity.SignInStep;
import dev.relata.platform.identity.User;
import dev.relata.platform.testing.AccountTrouble;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Totp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Break-glass: access back for an administrator nobody can sign in as, from the server machine. */
class AdminRecoveryTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final AdminRecovery recovery = relata.adminRecovery();
  private final Actor admin = TestRelata.admin(relata);

  {
    relata.roles().addMissing(RoleDefinition.defaults());
  }

  @AfterEach
  void close() {
    relata.close();
  }

  private User user(long id) {
    return relata.identity().user(id).orElseThrow();
  }

  private SignInStep signIn(String username, String password) {
    return relata.identity().beginSignIn(username, password, ClientInfo.UNKNOWN);
  }

  @Test
  void anAdminWhoLostTheirSecondFactorGetsInAgainWithAPasswordToChangeAndEverySessionEnds() {
    long id = admin.userId();
    String secret = AccountTrouble.enrolTwoFactor(relata, id);
    IssuedToken token =
        relata
            .identity()
            .issueToken("admin", TestRelata.ADMIN_PASSWORD, Totp.now(secret), ClientInfo.UNKNOWN);

    RecoveredAdmin done = recovery.recover("ADMIN", "operator");

    assertThat(done.hadTwoFactor()).isTrue();
    assertThat(done.wasLocked()).isFalse();
    assertThat(done.madeAdmin()).isFalse();
    assertThat(done.wasDeactivated()).isFalse();
    User after = user(id);
    assertThat(after.totpEnabled()).isFalse();
    assertThat(after.admin()).isTrue();
    assertThat(relata.twoFactor().status(id).recoveryCodesLeft()).isZero();
    refused(ErrorKind.UNAUTHORIZED, () -> relata.identity().authenticate(token.token()));
    refused(ErrorKind.UNAUTHORIZED, () -> signIn("admin", TestRelata.ADMIN_PASSWORD));
    SignInStep step = signIn("admin", done.password());
    assertThat(step.secondFactorNeeded()).isFalse();
    assertThat(step.passwordChangeNeeded()).isTrue();
    assertThat(relata.userAdministration().mustChangePassword(admin, id)).isTrue();
  }

  @Test
  void aLockedOutAdminIsUnlockedAndTheAuditLogNamesTheConsoleAndOperatorButNoPassword() {
    long id = admin.userId();
    AccountTrouble.lockOut(relata, "admin");

    RecoveredAdmin done = recovery.recover("admin", "ops-person");

    assertThat(done.wasLocked()).isTrue();
    assertThat(user(id).status()).isEqualTo(User.ACTIVE);
    assertThat(user(id).lockedUntil()).isNull();
    assertThat(signIn("admin", done.password()).passwordChangeNeeded()).isTrue();
    List<AuditEvent> events =
        relata
            .auditTrail()
            .search(
                admin,
                new AuditQuery(
                    null, null, null, AdminRecovery.ACTION, "user", String.valueOf(id), 0, 10))
            .items();
    assertThat(events).hasSize(1);
    AuditEvent event = events.get(0);
    assertThat(event.actorUsername()).isEqualTo("console:ops-person");
    assertThat(event.actorId()).isNull();
    assertThat(event.targetLabel()).isEqualTo("admin");
    assertThat(event.before().get("status").asText()).isEqualTo(User.LOCKED);
    assertThat(event.after().get("status").asText()).isEqualTo(User.ACTIVE);
    assertThat(event.after().get("mustChangePassword").asBoolean()).isTrue();
    assertThat(event.after().get("totpEnabled").asBoolean()).isFalse();
    assertThat(event.before() + " " + event.after()).doesNotContain(done.password());
  }

  @Test
  void aUserWhoIsNotAnAdministratorIsMadeOneAndADeactivatedOneIsActiveAgain() {
    long id = Organisation.user(relata, "li.na", "sales_manager");
    relata.userAdministration().deactivate(admin, id, null);

    RecoveredAdmin done = recovery.recover("li.na", "operator");

    assertThat(done.madeAdmin()).isTrue();
    assertThat(done.wasDeactivated()).isTrue();
    assertThat(done.wasLocked()).isFalse();
    assertThat(done.hadTwoFactor()).isFalse();
    assertThat(user(id).roles()).containsExactlyInAnyOrder("sales_manager", Actor.ADMIN_ROLE);
    assertThat(user(id).status()).isEqualTo(User.ACTIVE);
    assertThat(signIn("li.na", done.password()).passwordChangeNeeded()).isTrue();
  }

  @Test
  void theNewPasswordIsAsLongAsThePolicyAsks() {
    relata
        .securityPolicies()
        .update(admin, relata.securityPolicies().current().with(Map.of("minPasswordLength", 40)));

    RecoveredAdmin done = recovery.recover("admin", "operator");

    assertThat(done.password()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(signIn("admin", done.password()).passwordChangeNeeded()).isTrue();
  }

  @Test
  void anUnknownUserIsRefusedWithTheAdministratorsNamedAndNothingChanges() {
    Organisation.user(relata, "second.admin", Actor.ADMIN_ROLE);
    long before = relata.auditTrail().search(admin, AuditQuery.all()).total();

    RelataException refusal = refused(ErrorKind.NOT_FOUND, () -> recovery.recover("nobody", "op"));

    assertThat(refusal.getMessage())
        .contains("There is no user 'nobody'")
        .contains("Administrators: admin, second.admin.");
    assertThat(relata.auditTrail().search(admin, AuditQuery.all()).total()).isEqualTo(before);
  }
}
