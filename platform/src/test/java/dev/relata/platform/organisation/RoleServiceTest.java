package dev.relata.platform.organisation;

import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static dev.relata.platform.organisation.Organisation.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Roles as named objects: the defaults load once, names are identities, held roles stay. */
class RoleServiceTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final RoleService roles = relata.roles();
  private final Actor admin = TestRelata.admin(relata);

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void theDefaultRolesLoadOnceWithEnglishAndChineseLabels() {
    int first = roles.addMissing(RoleDefinition.defaults());
    int second = roles.addMissing(RoleDefinition.defaults());

    assertThat(first).isEqualTo(8);
    assertThat(second).isZero();
    assertThat(roles.list(admin))
        .extracting(Role::name)
        .containsExactlyInAnyOrder(
            "admin",
            "sales_director",
            "sales_manager",
            "sales_rep",
            "customer_service",
            "service_manager",
            "finance",
            "contract_admin",
            "marketing");
    assertThat(roles.get(admin, "sales_rep").labels().get("zh-CN")).isEqualTo("销售代表");
    assertThat(roles.get(admin, "admin").systemRole()).isTrue();
  }

  @Test
  void anAdminCreatesARoleAndRequiresTwoFactorForIt() {
    Role created =
        roles.create(
            admin,
            values("name", "key_account", "labels", Map.of("en", "Key account", "zh-CN", "大客户")));

    Role changed =
        roles.update(admin, "key_account", values("requiresTotp", true), created.version());

    assertThat(created.requiresTotp()).isFalse();
    assertThat(changed.requiresTotp()).isTrue();
    assertThat(changed.labels().get("zh-CN")).isEqualTo("大客户");
    assertThat(Organisation.auditActions(relata, "role", "key_account"))
        .extracting(a -> a.split(" ")[0])
        .containsExactly("role.create", "role.update");
  }

  @Test
  void badNamesDuplicatesAndRenamesAreRefused() {
    roles.create(admin, values("name", "finance"));

    assertThat(
            unprocessable(() -> roles.create(admin, values("name", "finance")))
                .problems()
                .get(0)
                .code())
        .isEqualTo("duplicate");
    assertThat(
            unprocessable(() -> roles.create(admin, values("name", "x'; drop table app_role")))
                .problems()
                .get(0)
                .code())
        .isEqualTo("invalid");
    assertThat(
            unprocessable(() -> roles.create(admin, values("name", "a".repeat(41))))
                .problems()
                .get(0)
                .code())
        .isEqualTo("too_long");
    assertThat(
            unprocessable(() -> roles.update(admin, "finance", values("name", "money"), 1L))
                .problems()
                .get(0)
                .code())
        .isEqualTo("unknown_field");
    assertThat(
            unprocessable(() -> roles.update(admin, "finance", values("requiresTotp", "yes"), 1L))
                .problems()
                .get(0)
                .code())
        .isEqualTo("type");
  }

  @Test
  void builtInAndHeldRolesCannotBeDeletedButAnUnusedOneCan() {
    roles.create(admin, values("name", "finance"));
    roles.create(admin, values("name", "temp"));
    Organisation.user(relata, "accountant", "finance");

    assertThat(refused(ErrorKind.CONFLICT, () -> roles.delete(admin, "admin", null)).getMessage())
        .contains("built in");
    assertThat(refused(ErrorKind.CONFLICT, () -> roles.delete(admin, "finance", null)).getMessage())
        .contains("held by 1 user");
    roles.delete(admin, "temp", null);

    assertThat(roles.list(admin)).extracting(Role::name).containsExactly("admin", "finance");
  }

  @Test
  void aStaleVersionIsAConflict() {
    Role created = roles.create(admin, values("name", "finance"));
    roles.update(admin, "finance", values("description", "Money"), created.version());

    refused(
        ErrorKind.CONFLICT,
        () -> roles.update(admin, "finance", values("description", "Other"), created.version()));

    assertThat(roles.get(admin, "finance").description()).isEqualTo("Money");
  }

  @Test
  void onlyAdministratorsSeeOrChangeRoles() {
    Actor user = Organisation.actor(relata, Organisation.user(relata, "plain"));

    refused(ErrorKind.FORBIDDEN, () -> roles.list(user));
    refused(ErrorKind.FORBIDDEN, () -> roles.create(user, values("name", "mine")));
    refused(
        ErrorKind.FORBIDDEN, () -> roles.update(user, "admin", values("requiresTotp", false), 1L));
    refused(ErrorKind.FORBIDDEN, () -> roles.delete(user, "admin", null));

    assertThat(roles.list(admin)).extracting(Role::name).containsExactly("admin");
  }
}
