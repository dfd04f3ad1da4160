package dev.relata.metadata.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.error.RelataException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private static final List<String> ENTITIES =
      List.of("customer", "contact", "opportunity", "contract", "service_request");

  @Test
  void theShippedPolicyReadsBackAsItIsWritten() {
    AccessPolicy shipped = StandardPolicy.load();
    String file = AccessPolicyJson.write(shipped);

    assertThat(AccessPolicyJson.read(file)).isEqualTo(shipped);
    assertThat(AccessPolicyJson.write(AccessPolicyJson.read(file))).isEqualTo(file);
    assertThat(shipped.roles().keySet())
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
  }

  @Test
  void scopesCoverWhatTheyReachWhoeverTheUser() {
    for (Scope scope : Scope.values()) {
      assertThat(Scope.ALL.covers(scope)).isTrue();
      assertThat(scope.covers(Scope.NONE)).isTrue();
      assertThat(scope.covers(scope)).isTrue();
      assertThat(scope.covers(Scope.OWN)).isEqualTo(scope != Scope.NONE);
    }
    assertThat(Scope.DEPARTMENT_TREE.covers(Scope.DEPARTMENT)).isTrue();
    assertThat(Scope.DEPARTMENT.covers(Scope.DEPARTMENT_TREE)).isFalse();
    assertThat(Scope.SUBORDINATES.covers(Scope.DEPARTMENT)).isFalse();
    assertThat(Scope.DEPARTMENT_TREE.covers(Scope.SUBORDINATES)).isFalse();
    assertThat(Scope.OWN.covers(Scope.ALL)).isFalse();
  }

  @Test
  void anEntityWithoutCellsIsOpenToAdminOnly() {
    AccessPolicy policy = StandardPolicy.load();

    assertThat(policy.scope("admin", "project", AccessAction.SHARE)).isEqualTo(Scope.ALL);
    assertThat(policy.scope("sales_rep", "project", AccessAction.READ)).isEqualTo(Scope.NONE);
    assertThat(policy.scope("nobody", "customer", AccessAction.READ)).isEqualTo(Scope.NONE);
    assertThat(policy.systemPermissions("admin")).isEqualTo(EnumSet.allOf(SystemPermission.class));
  }

  @Test
  void theExcessNamesTheFirstThingAHolderLacks() {
    AccessPolicy policy = StandardPolicy.load();

    assertThat(policy.excess("sales_rep", policy, Set.of("admin"), ENTITIES)).isEmpty();
    assertThat(policy.excess("sales_rep", policy, Set.of("sales_manager"), ENTITIES))
        .as("a manager does not delete")
        .contains("customer.delete own");
    assertThat(policy.excess("sales_manager", policy, Set.of("sales_rep"), ENTITIES))
        .contains("customer.read department_tree");
    assertThat(policy.excess("admin", policy, Set.of("sales_director"), List.of()))
        .contains("manage_users");
    AccessPolicy hidden =
        policy.withRole(
            "marketing_lead",
            RolePolicy.EMPTY.withFields(
                Map.of("customer", new TreeMap<>(Map.of("annual_revenue", FieldAccess.READ)))));
    assertThat(hidden.excess("marketing_lead", hidden, Set.of("marketing"), ENTITIES))
        .contains("customer.annual_revenue read");
  }

  @Test
  void aChangeCountsOnlyWhatItChanges() {
    AccessPolicy before = StandardPolicy.load();
    AccessPolicy after =
        before.withRole(
            "finance",
            before.role("finance").withObject("customer", Map.of(AccessAction.READ, Scope.OWN)));

    assertThat(after.excessOfChange("finance", before, before, Set.of("sales_rep"), ENTITIES))
        .isEmpty();
    assertThat(after.excess("finance", before, Set.of("sales_rep"), ENTITIES)).isPresent();
  }

  @Test
  void aFileWithAnythingUnknownIsRefusedWithItsPath() {
    assertThatThrownBy(
            () ->
                AccessPolicyJson.read(
                    "{\"roles\": {\"r\": {\"objects\": {\"c\": {\"fly\": \"all\"}}}}}"))
        .isInstanceOf(RelataException.class)
        .hasMessageContaining("roles.r.objects.c");
    assertThatThrownBy(
            () -> AccessPolicyJson.read("{\"roles\": {\"r\": {\"system\": [\"be_god\"]}}}"))
        .hasMessageContaining("be_god");
    assertThatThrownBy(() -> AccessPolicyJson.read("{\"roles\": [], \"x\": 1}"))
        .hasMessageContaining("$.x");
    assertThatThrownBy(
            () -> AccessPolicyJson.read("{\"roles\": {\"r\": {\"fields\": {\"c\": {\"f\": 1}}}}}"))
        .hasMessageContaining("roles.r.fields.c.f");
    assertThatThrownBy(() -> AccessPolicyJson.read("{\"roles\": {\"r\": "))
        .isInstanceOf(RelataException.class);
  }
}
