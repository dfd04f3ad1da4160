package dev.relata.platform.organisation;

import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static dev.relata.platform.organisation.Organisation.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.ClientInfo;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IssuedToken;
import dev.relata.platform.identity.SignInStep;
import dev.relata.platform.identity.User;
import dev.relata.platform.records.RecordQuery;
import dev.relata.platform.testing.TestRelata;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What admins do to users, and the rules that keep the installation manageable. */
class UserAdministrationTest {
  private static final String PASSWORD = TestRelata.ADMIN_PASSWORD;
  private final Relata relata = TestRelata.withStandardObjects();
  private final UserAdministration users = relata.userAdministration();
  private final Actor admin = TestRelata.admin(relata);

  {
    relata.roles().addMissing(RoleDefinition.defaults());
  }

  @AfterEach
  void close() {
    relata.close();
  }

  private User user(long id) {
    return users.get(admin, id);
  }

  @Test
  void anAdminCreatesAUserInADepartmentUnderAManagerWithRoles() {
    Department sales = relata.departments().create(admin, values("name", "Sales"));
    long boss = Organisation.user(relata, "li.na", "sales_manager");

    NewPassword created =
        users.create(
            admin,
            values(
                "username",
                "Zhang.Wei",
                "displayName",
                "张伟",
                "email",
                "zhang.wei@example.com",
                "phone",
                "+86 138 0000 0000",
                "department",
                BigInteger.valueOf(sales.id()),
                "manager",
                boss,
                "roles",
                List.of("sales_rep"),
                "locale",
                "zh-CN"));

    User user = created.user();
    assertThat(user.username()).isEqualTo("Zhang.Wei");
    assertThat(user.displayName()).isEqualTo("张伟");
    assertThat(user.departmentId()).isEqualTo(sales.id());
    assertThat(user.managerId()).isEqualTo(boss);
    assertThat(user.roles()).containsExactly("sales_rep");
    assertThat(user.locale()).isEqualTo("zh-CN");
    assertThat(Organisation.managerPath(relata, user.id())).isEqualTo("/" + boss + "/");
    assertThat(created.generatedPassword()).hasSize(20);
    assertThat(users.mustChangePassword(admin, user.id())).isTrue();
    SignInStep signIn =
        relata.identity().beginSignIn("zhang.wei", created.generatedPassword(), ClientInfo.UNKNOWN);
    assertThat(signIn.user().id()).isEqualTo(user.id());
    assertThat(signIn.passwordChangeNeeded()).isTrue();
    assertThat(Organisation.auditActions(relata, "user", String.valueOf(user.id())).get(0))
        .startsWith("user.create null")
        .contains("sales_rep")
        .doesNotContain("pbkdf2", created.generatedPassword());
  }

  @Test
  void usernamesDifferingOnlyInCaseAreDuplicates() {
    Organisation.user(relata, "chen.jie");

    RelataException duplicate =
        unprocessable(
            () -> users.create(admin, values("username", "CHEN.jie", "password", PASSWORD)));

    assertThat(duplicate.problems().get(0).field()).isEqualTo("username");
    assertThat(duplicate.problems().get(0).code()).isEqualTo("duplicate");
  }

  @Test
  void unknownRolesWrongTypesAndOversizedValuesAreRefusedFieldByField() {
    RelataException bad =
        unprocessable(
            () ->
                users.create(
                    admin,
                    values(
                        "username",
                        "ok.user",
                        "displayName",
                        "x".repeat(201),
                        "roles",
                        List.of("wizard"),
                        "manager",
                        "boss",
                        "department",
                        12345L,
                        "locale",
                        "fr",
                        "email",
                        "not-an-email",
                        "password",
                        "short")));

    assertThat(bad.problems())
        .extracting(p -> p.field() + ":" + p.code())
        .containsExactlyInAnyOrder(
            "displayName:too_long",
            "roles:unknown_role",
            "manager:type",
            "department:lookup",
            "locale:invalid",
            "email:invalid",
            "password:length");
    assertThat(
            unprocessable(
                    () ->
                        users.create(
                            admin,
                            values(
                                "username",
                                "x'; DROP TABLE" + " app_user;--",
                                "password",
                                PASSWORD)))
                .problems()
                .get(0)
                .code())
        .isEqualTo("invalid");
    assertThat(
            unprocessable(
                    () ->
                        users.create(
                            admin,
                            values("username", "a.b", "roles", "admin", "password", PASSWORD)))
                .problems()
                .get(0)
                .code())
        .isEqualTo("type");
    assertThat(relata.identity().countUsers()).isEqualTo(1);
  }

  @Test
  void aManagerChangeMovesTheReportingLineOfEveryoneBelowAndCyclesAreRefused() {
    long director = Organisation.user(relata, "director");
    long manager = Organisation.user(relata, "manager");
    long rep = Organisation.user(relata, "rep");
    users.update(admin, rep, values("manager", manager), user(rep).version());
    users.update(admin, manager, values("manager", director), user(manager).version());

    assertThat(Organisation.managerPath(relata, rep))
        .isEqualTo("/" + director + "/" + manager + "/");
    RelataException loop =
        unprocessable(
            () -> users.update(admin, director, values("manager", rep), user(director).version()));
    RelataException self =
        unprocessable(() -> users.update(admin, rep, values("manager", rep), user(rep).version()));

    assertThat(loop.problems().get(0).field()).isEqualTo("manager");
    assertThat(loop.problems().get(0).code()).isEqualTo("cycle");
    assertThat(self.problems().get(0).code()).isEqualTo("cycle");
    users.update(admin, manager, values("manager", null), user(manager).version());
    assertThat(Organisation.managerPath(relata, rep)).isEqualTo("/" + manager + "/");
    assertThat(user(director).managerId()).isNull();
  }

  @Test
  void aNonAdminCannotGrantThemselvesARoleNorTouchAnyUser() {
    long id = Organisation.user(relata, "ambitious", "sales_rep");
    Actor self = Organisation.actor(relata, id);
    long version = user(id).version();

    refused(
        ErrorKind.FORBIDDEN,
        () -> users.update(self, id, values("roles", List.of("admin")), version));
    refused(ErrorKind.FORBIDDEN, () -> users.list(self, UserQuery.all()));
    refused(ErrorKind.FORBIDDEN, () -> users.create(self, values("username", "friend")));
    refused(ErrorKind.FORBIDDEN, () -> users.deactivate(self, admin.userId(), null));
    refused(ErrorKind.FORBIDDEN, () -> users.resetPassword(self, admin.userId(), null));
    refused(ErrorKind.FORBIDDEN, () -> users.resetTwoFactor(self, admin.userId()));
    refused(ErrorKind.FORBIDDEN, () -> users.unlock(self, id));
    refused(ErrorKind.FORBIDDEN, () -> users.activate(self, id));

    assertThat(user(id).roles()).containsExactly("sales_rep");
    assertThat(user(id).version()).isEqualTo(version);
  }

  @Test
  void theLastActiveAdminKeepsTheRoleAndStaysActiveAndNoAdminDeactivatesThemselves() {
    long adminId = admin.userId();
    Actor stranger = new Actor(-1, "script", Set.of(Actor.ADMIN_ROLE));

    RelataException demote =
        unprocessable(
            () ->
                users.update(
                    admin,
                    adminId,
                    values("roles", List.of("sales_rep")),
                    user(adminId).version()));
    RelataException self = unprocessable(() -> users.deactivate(admin, adminId, null));
    RelataException last = unprocessable(() -> users.deactivate(stranger, adminId, null));

    assertThat(demote.problems().get(0).code()).isEqualTo("last_admin");
    assertThat(self.problems().get(0).code()).isEqualTo("self");
    assertThat(last.problems().get(0).code()).isEqualTo("last_admin");
    assertThat(user(adminId).admin()).isTrue();
    assertThat(user(adminId).active()).isTrue();

    Organisation.user(relata, "second.admin", "admin");
    users.update(admin, adminId, values("roles", List.of("finance")), user(adminId).version());
    assertThat(user(adminId).roles()).containsExactly("finance");
  }

  @Test
  void deactivatingEndsSessionsAndReassignsEveryOwnedRecordInOneGo() {
    long leaver = Organisation.user(relata, "leaver", "sales_rep");
    long heir = Organisation.user(relata, "heir", "sales_rep");
    Actor leaverActor = Organisation.actor(relata, leaver);
    for (int i = 0; i < 3; i++) {
      relata.records().create("customer", Map.of("name", "Customer " + i), leaverActor);
    }
    relata
        .records()
        .create(
            "opportunity",
            Map.of(
                "name",
                "Deal",
                "customer",
                relata
                    .records()
                    .list("customer", RecordQuery.of(null, null, 0, 1), admin)
                    .items()
                    .get(0)
                    .get("id")),
            leaverActor);
    IssuedToken token = relata.identity().issueToken("leaver", PASSWORD);

    User after = users.deactivate(admin, leaver, heir);

    assertThat(after.status()).isEqualTo(User.DEACTIVATED);
    refused(ErrorKind.UNAUTHORIZED, () -> relata.identity().authenticate(token.token()));
    refused(ErrorKind.UNAUTHORIZED, () -> relata.identity().signIn("leaver", PASSWORD));
    assertThat(
            relata
                .records()
                .list("customer", RecordQuery.of("owner eq " + heir, null, 0, 10), admin)
                .total())
        .isEqualTo(3);
    assertThat(
            relata
                .records()
                .list("opportunity", RecordQuery.of("owner eq " + heir, null, 0, 10), admin)
                .total())
        .isEqualTo(1);
    long customer =
        (Long)
            relata
                .records()
                .list("customer", RecordQuery.of("owner eq " + heir, null, 0, 1), admin)
                .items()
                .get(0)
                .get("id");
    assertThat(relata.records().history("customer", customer, admin))
        .anySatisfy(
            change -> {
              assertThat(change.field()).isEqualTo("owner");
              assertThat(change.oldValue()).isEqualTo(String.valueOf(leaver));
              assertThat(change.newValue()).isEqualTo(String.valueOf(heir));
            });
    assertThat(Organisation.auditActions(relata, "user", String.valueOf(leaver)))
        .last()
        .asString()
        .startsWith("user.deactivate")
        .contains("\"reassignedRecords\":{\"customer\":3,\"opportunity\":1}");
  }

  @Test
  void reassignmentRunsTheRulesOnEachRecordAndARefusalChangesNothing() {
    long leaver = Organisation.user(relata, "leaver", "sales_rep");
    long heir = Organisation.user(relata, "heir", "sales_rep");
    Actor leaverActor = Organisation.actor(relata, leaver);
    long customer =
        (Long) relata.records().create("customer", Map.of("name", "Acme"), leaverActor).get("id");
    long open =
        (Long)
            relata
                .records()
                .create(
                    "opportunity",
                    Map.of("name", "Open", "stage", "proposal", "customer", customer),
                    leaverActor)
                .get("id");
    long legacy =
        (Long)
            relata
                .records()
                .create(
                    "opportunity",
                    Map.of("name", "Legacy", "stage", "won", "customer", customer),
                    leaverActor)
                .get("id");
    relata
        .ruleManager()
        .save(
            admin,
            "sales/handover.drl",
            """
            rule "A handed-over opportunity is flagged for review"
            when
              Opportunity( probability == null )
              Write( isUpdate() )
            then
              set("probability", 5);
            end
            rule "A won opportunity needs an amount"
            when
              Opportunity( stage == "won", amount == null )
            then
              reject("amount", "A won opportunity needs an amount");
            end
            """,
            null);
    relata.ruleManager().publish(admin);

    RelataException refusal = unprocessable(() -> users.deactivate(admin, leaver, heir));

    assertThat(refusal.problems()).extracting(p -> p.field()).containsExactly("amount");
    assertThat(user(leaver).active()).isTrue();
    assertThat(relata.records().get("opportunity", open, admin)).containsEntry("owner", leaver);

    relata.records().delete("opportunity", legacy, admin);
    users.deactivate(admin, leaver, heir);

    Map<String, Object> moved = relata.records().get("opportunity", open, admin);
    assertThat(moved).containsEntry("owner", heir);
    assertThat((java.math.BigDecimal) moved.get("probability")).isEqualByComparingTo("5");
    assertThat(relata.records().get("customer", customer, admin)).containsEntry("owner", heir);
  }

  @Test
  void reassigningToAMissingOrDeactivatedUserChangesNothing() {
    long leaver = Organisation.user(relata, "leaver");
    long gone = Organisation.user(relata, "gone");
    users.deactivate(admin, gone, null);
    relata.records().create("customer", Map.of("name", "Kept", "owner", leaver), admin);

    RelataException missing = unprocessable(() -> users.deactivate(admin, leaver, 987_654L));
    RelataException deactivated = unprocessable(() -> users.deactivate(admin, leaver, gone));

    assertThat(missing.problems().get(0).field()).isEqualTo("reassignTo");
    assertThat(deactivated.problems().get(0).field()).isEqualTo("reassignTo");
    assertThat(user(leaver).active()).isTrue();
    assertThat(
            relata
                .records()
                .list("customer", RecordQuery.of("owner eq " + leaver, null, 0, 10), admin)
                .total())
        .isEqualTo(1);
  }

  @Test
  void aDeactivatedUserCanBeActivatedAgain() {
    long id = Organisation.user(relata, "returner");
    users.deactivate(admin, id, null);

    User back = users.activate(admin, id);

    assertThat(back.active()).isTrue();
    assertThat(relata.identity().signIn("returner", PASSWORD).id()).isEqualTo(id);
  }

  @Test
  void aPasswordResetEndsSessionsAndMustBeChangedAtNextSignIn() {
    long id = Organisation.user(relata, "forgetful");
    IssuedToken token = relata.identity().issueToken("forgetful", PASSWORD);

    NewPassword generated = users.resetPassword(admin, id, null);
    NewPassword typed = users.resetPassword(admin, id, "a typed new password");

    assertThat(generated.generatedPassword()).hasSize(20);
    assertThat(typed.generatedPassword()).isNull();
    refused(ErrorKind.UNAUTHORIZED, () -> relata.identity().authenticate(token.token()));
    SignInStep signIn =
        relata.identity().beginSignIn("forgetful", "a typed new password", ClientInfo.UNKNOWN);
    assertThat(signIn.user().id()).isEqualTo(id);
    assertThat(signIn.passwordChangeNeeded()).isTrue();
    assertThat(users.mustChangePassword(admin, id)).isTrue();
    assertThat(String.join("\n", Organisation.auditActions(relata, "user", String.valueOf(id))))
        .contains("user.reset_password")
        .doesNotContain("a typed new password", generated.generatedPassword(), "pbkdf2");
    unprocessable(() -> users.resetPassword(admin, id, "short"));
  }

  @Test
  void unlockAndTwoFactorResetAreAudited() {
    long id = Organisation.user(relata, "locked.out");

    users.unlock(admin, id);
    users.resetTwoFactor(admin, id);

    assertThat(Organisation.auditActions(relata, "user", String.valueOf(id)))
        .extracting(a -> a.split(" ")[0])
        .containsExactly("user.create", "user.unlock", "user.reset_totp");
  }

  @Test
  void aStaleVersionIsAConflictAndWritesNothing() {
    long id = Organisation.user(relata, "edited");
    long version = user(id).version();
    users.update(admin, id, values("displayName", "First"), version);

    refused(
        ErrorKind.CONFLICT,
        () -> users.update(admin, id, values("displayName", "Second"), version));

    assertThat(user(id).displayName()).isEqualTo("First");
  }

  @Test
  void theListSearchesPagesAndFilters() {
    Organisation.user(relata, "alpha.one", "finance");
    Organisation.user(relata, "alpha.two");
    Organisation.user(relata, "beta");

    UserPage alphas = users.list(admin, new UserQuery("ALPHA", null, null, null, 0, 1));
    UserPage finance = users.list(admin, new UserQuery(null, null, null, "finance", 0, 10));
    UserPage literal = users.list(admin, new UserQuery("%", null, null, null, 0, 10));

    assertThat(alphas.total()).isEqualTo(2);
    assertThat(alphas.items()).extracting(User::username).containsExactly("alpha.one");
    assertThat(alphas.items().get(0).roles()).containsExactly("finance");
    assertThat(finance.items()).extracting(User::username).containsExactly("alpha.one");
    assertThat(literal.total()).isZero();
  }
}
