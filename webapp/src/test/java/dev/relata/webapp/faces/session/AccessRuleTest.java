package dev.relata.webapp.faces.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which pages the access filter lets through. The browser tests cannot sign in as a
 * non-administrator yet (there is no way to create one through the API), so the admin rule is
 * specified here.
 */
class AccessRuleTest {

  @Test
  void signedOutVisitorsMaySeeOnlyPagesOutsideTheApplication() {
    assertThat(AccessRule.decide("/login.xhtml", false, false)).isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/errors/forbidden.xhtml", false, false))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/home.xhtml", false, false)).isEqualTo(AccessRule.SIGN_IN);
    assertThat(AccessRule.decide("/app/admin/entities.xhtml", false, false))
        .isEqualTo(AccessRule.SIGN_IN);
  }

  @Test
  void aSignedInUserWhoIsNotAnAdministratorIsRefusedTheObjectManagerOnly() {
    assertThat(AccessRule.decide("/app/records/list.xhtml", true, false))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/admin/entities.xhtml", true, false))
        .isEqualTo(AccessRule.FORBIDDEN);
    assertThat(AccessRule.decide("/app/admin", true, false)).isEqualTo(AccessRule.FORBIDDEN);
  }

  @Test
  void anAdministratorMayOpenEveryPage() {
    assertThat(AccessRule.decide("/app/admin/entity.xhtml", true, true))
        .isEqualTo(AccessRule.ALLOW);
    assertThat(AccessRule.decide("/app/records/view.xhtml", true, true))
        .isEqualTo(AccessRule.ALLOW);
  }
}
