package dev.relata.webapp.faces.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.access.SystemPermission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which pages the access filter lets through, by the system permissions a visitor holds. */
class AccessRuleTest {
  private static final Set<SystemPermission> NONE = Set.of();
  private static final Set<SystemPermission> ALL = EnumSet.allOf(SystemPermission.class);

  @Test
  void signedOutVisitorsMaySeeOnlyPagesOutsideTheApplication() {
    assertThat(AccessRule.decide("/login.xhtml", false, NONE)).isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/errors/forbidden.xhtml", false, NONE))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/home.xhtml", false, NONE)).isEqualTo(AccessRule.SIGN_IN);
    assertThat(AccessRule.decide("/app/admin/entities.xhtml", false, ALL))
        .isEqualTo(AccessRule.SIGN_IN);
  }

  @Test
  void aSignedInUserWithoutSystemPermissionsIsRefusedEveryAdministrationPage() {
    assertThat(AccessRule.decide("/app/records/list.xhtml", true, NONE))
        .isEqualTo(AccessRule.ALLOW);
    for (String page :
        new String[] {
          "entities",
          "entity",
          "rules",
          "users",
          "departments",
          "security",
          "roles",
          "permissions",
          "logins",
          "audit",
          "unknown"
        }) {
      assertThat(AccessRule.decide("/app/admin/" + page + ".xhtml", true, NONE))
          .as(page)
          .isEqualTo(AccessRule.FORBIDDEN);
    }
    assertThat(AccessRule.decide("/app/admin", true, NONE)).isEqualTo(AccessRule.FORBIDDEN);
  }

  @Test
  void eachAdministrationPageNeedsItsOwnPermission() {
    Set<SystemPermission> logs = Set.of(SystemPermission.VIEW_LOGS);
    assertThat(AccessRule.decide("/app/admin/audit.xhtml", true, logs)).isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/admin/logins.xhtml", true, logs))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/admin/users.xhtml", true, logs))
        .isEqualTo(AccessRule.FORBIDDEN);
    Set<SystemPermission> users = Set.of(SystemPermission.MANAGE_USERS);
    assertThat(AccessRule.decide("/app/admin/departments.xhtml", true, users))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/admin/roles.xhtml", true, users))
        .isEqualTo(AccessRule.FORBIDDEN);
    assertThat(AccessRule.decide("/app/admin/permissions.xhtml", true, users))
        .as("a user manager does not set what roles may do")
        .isEqualTo(AccessRule.FORBIDDEN);
    Set<SystemPermission> roles = Set.of(SystemPermission.MANAGE_ROLES);
    assertThat(AccessRule.decide("/app/admin/permissions.xhtml", true, roles))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/admin/roles.xhtml", true, roles))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(
            AccessRule.decide(
                "/app/admin/rules.xhtml", true, Set.of(SystemPermission.MANAGE_RULES)))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(
            AccessRule.decide(
                "/app/admin/entity.xhtml",
                true,
                EnumSet.complementOf(EnumSet.of(SystemPermission.CUSTOMIZE))))
        .isEqualTo(AccessRule.FORBIDDEN);
  }

  @Test
  void anAdministratorMayOpenEveryPage() {
    assertThat(AccessRule.decide("/app/admin/entity.xhtml", true, ALL)).isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/admin/unknown.xhtml", true, ALL))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/records/view.xhtml", true, ALL)).isEqualTo(AccessRule.ALLOW);
  }
}
