package dev.relata.rules.access;

import static dev.relata.rules.RuleFixtures.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.access.StandardPolicy;
import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.rules.access.AccessGrant.Effect;
import dev.relata.rules.build.BuildResult;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.build.RuleBuilder;
import dev.relata.rules.build.RuleFile;
import dev.relata.rules.facts.Subject;
import dev.relata.rules.run.RuleRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessDecisionsTest {
  private static final AccessPolicy SHIPPED = StandardPolicy.load();

  private static final String SHARING =
      """
      rule "Sales managers read urgent service requests"
      when
        AccessRequest( entity == "service_request", action == "read" )
        Subject( hasRole("sales_manager") )
      then
        grantWhere("priority eq 'urgent'");
      end

      rule "Terminated contracts are read-only"
      when
        AccessRequest( entity == "contract", action == "edit" )
        Subject( !hasRole("contract_admin") )
      then
        forbidWhere("status eq 'terminated'");
      end
      """;

  @Test
  void aMatrixCellIsAGrantOfItsScopeNamedAfterTheCell() {
    RuleBase base = base(STANDARD);

    AccessDecision decision =
        AccessDecisions.decide(base, subject("sales_rep"), "opportunity", AccessAction.READ);

    assertThat(decision.forbids()).isEmpty();
    assertThat(decision.grants())
        .containsExactly(
            new AccessGrant(
                Effect.GRANT,
                Scope.OWN,
                null,
                new RuleRef(
                    "matrix: sales_rep may read, create, edit, delete opportunity (own)",
                    MatrixRules.SOURCE_PATH)));
  }

  @Test
  void aRoleWithoutTheCellGetsNothingAndSeveralRolesAddUp() {
    RuleBase base = base(STANDARD);

    assertThat(
            AccessDecisions.decide(base, subject("sales_rep"), "contract", AccessAction.DELETE)
                .deniesAll())
        .isTrue();
    assertThat(
            AccessDecisions.decide(
                    base, subject("sales_rep", "sales_director"), "customer", AccessAction.READ)
                .grants())
        .extracting(AccessGrant::scope)
        .containsExactlyInAnyOrder(Scope.OWN, Scope.ALL);
    assertThat(AccessDecisions.decide(base, subject(), "customer", AccessAction.READ).deniesAll())
        .as("a user without roles")
        .isTrue();
  }

  @Test
  void adminReachesACustomEntityOthersDoNot() {
    Labels labels = Labels.of("Project", "项目");
    EntityDefinition project =
        new EntityDefinition(
            "project",
            labels,
            labels,
            "name",
            false,
            false,
            "t_project",
            List.of(
                FieldRules.normalize(
                    FieldDefinition.builder("name", FieldType.TEXT).labels(labels).build())));
    RuleBase base = base(STANDARD.with(project));

    assertThat(
            AccessDecisions.decide(base, subject("admin"), "project", AccessAction.SHARE).grants())
        .extracting(AccessGrant::scope)
        .containsExactly(Scope.ALL);
    assertThat(
            AccessDecisions.decide(base, subject("sales_director"), "project", AccessAction.READ)
                .deniesAll())
        .isTrue();
  }

  @Test
  void sharingAndRestrictionRulesYieldConditionsBesideTheMatrix() {
    RuleBase base = base(STANDARD, "access/sharing.drl", SHARING);

    AccessDecision urgent =
        AccessDecisions.decide(
            base, subject("sales_manager"), "service_request", AccessAction.READ);
    AccessDecision terminated =
        AccessDecisions.decide(base, subject("finance"), "contract", AccessAction.EDIT);
    AccessDecision contractAdmin =
        AccessDecisions.decide(base, subject("contract_admin"), "contract", AccessAction.EDIT);

    assertThat(urgent.grants())
        .containsExactly(
            new AccessGrant(
                Effect.GRANT,
                null,
                "priority eq 'urgent'",
                new RuleRef("Sales managers read urgent service requests", "access/sharing.drl")));
    assertThat(terminated.grants()).extracting(AccessGrant::scope).containsExactly(Scope.ALL);
    assertThat(terminated.forbids())
        .extracting(AccessGrant::condition)
        .containsExactly("status eq 'terminated'");
    assertThat(terminated.deniesAll()).as("only terminated ones").isFalse();
    assertThat(contractAdmin.forbids()).isEmpty();
    assertThat(base.ruleCount())
        .as("the generated matrix does not count as analysts' rules")
        .isEqualTo(2);
  }

  @Test
  void anUnconditionalForbidDeniesEverythingWhateverTheGrants() {
    RuleBase base =
        base(
            STANDARD,
            "access/lockdown.drl",
            """
            rule "Nobody deletes customers"
            when
              AccessRequest( entity == "customer", action == "delete" )
              Subject()
            then
              forbid();
            end
            """);

    AccessDecision decision =
        AccessDecisions.decide(base, subject("admin"), "customer", AccessAction.DELETE);

    assertThat(decision.grants()).isNotEmpty();
    assertThat(decision.deniesAll()).isTrue();
  }

  @Test
  void aGrantOfAnUnknownScopeFailsTheDecision() {
    RuleBase base =
        base(
            STANDARD,
            "access/typo.drl",
            """
            rule "Everyone reads contacts"
            when
              AccessRequest( entity == "contact", action == "read" )
            then
              grantScope("everyone");
            end
            """);

    assertThatThrownBy(
            () -> AccessDecisions.decide(base, subject("marketing"), "contact", AccessAction.READ))
        .hasStackTraceContaining("not a scope");
  }

  @Test
  void accessRulesNeverFireOnWritesAndWriteFunctionsFailInAccessDecisions() {
    RuleBase base =
        base(
            STANDARD,
            "access/confused.drl",
            """
            rule "Refuse while deciding"
            when
              AccessRequest( entity == "contact" )
            then
              reject("name", "no");
            end
            """);

    assertThatThrownBy(
            () -> AccessDecisions.decide(base, subject("marketing"), "contact", AccessAction.READ))
        .hasStackTraceContaining("only while a write runs");
  }

  private static RuleBase base(Catalog catalog, String... pathsAndContents) {
    List<RuleFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.add(new RuleFile(pathsAndContents[i], pathsAndContents[i + 1]));
    }
    BuildResult result = RuleBuilder.build(catalog, SHIPPED, files, 1);
    assertThat(result.problems()).isEmpty();
    return result.base();
  }

  private static Subject subject(String... roles) {
    return new Subject(7, "someone", Set.of(roles), null);
  }
}
