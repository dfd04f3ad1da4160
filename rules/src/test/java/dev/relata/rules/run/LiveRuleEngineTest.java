package dev.relata.rules.run;

import static dev.relata.rules.RuleFixtures.base;
import static dev.relata.rules.RuleFixtures.create;
import static dev.relata.rules.RuleFixtures.drl;
import static dev.relata.rules.RuleFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.build.RuleBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRuleEngineTest {
  private static final String WON_NEEDS_AMOUNT =
      """
      rule "A won opportunity needs an amount"
      when
        Opportunity( stage == "won", amount == null )
      then
        reject("amount", "A won opportunity needs an amount", "赢单的商机必须填写金额");
      end
      """;

  private static final String PROBABILITY_FOLLOWS_STAGE =
      """
      rule "Probability of a won opportunity"
      when
        Opportunity( stage == "won" )
      then
        set("probability", 100);
      end
      """;

  @Test
  void aValidationRuleRefusesTheWriteOnTheFieldInTheUsersLanguage() {
    RuleBase base = base("sales/opportunity.drl", drl(WON_NEEDS_AMOUNT));

    RuleOutcome refused =
        LiveRuleEngine.apply(base, create("opportunity", Map.of("name", "Big", "stage", "won")));
    RuleOutcome accepted =
        LiveRuleEngine.apply(
            base, create("opportunity", Map.of("name", "Big", "stage", "won", "amount", bd("10"))));

    assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("amount");
    FieldProblem problem = refused.problems().get(0);
    assertThat(problem.message()).isEqualTo("A won opportunity needs an amount");
    assertThat(problem.text().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("赢单的商机必须填写金额");
    assertThat(accepted.accepted()).isTrue();
    assertThat(accepted.changes()).isEmpty();
  }

  @Test
  void aSetValueIsCoercedLikeUserInputAndReported() {
    RuleBase base = base("sales/opportunity.drl", drl(PROBABILITY_FOLLOWS_STAGE));

    RuleOutcome outcome =
        LiveRuleEngine.apply(base, create("opportunity", Map.of("name", "Big", "stage", "won")));

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.changes()).containsOnlyKeys("probability");
    assertThat((BigDecimal) outcome.changes().get("probability")).isEqualByComparingTo("100");
  }

  @Test
  void aDefaultComputedFromAnotherFieldUsesJavaTime() {
    RuleBase base =
        base(
            "contracts/dates.drl",
            drl(
                """
                rule "A contract runs a year unless it says otherwise"
                when
                  Contract( $start : start_date != null, end_date == null )
                then
                  set("end_date", $start.plusYears(1));
                end
                """));

    RuleOutcome outcome =
        LiveRuleEngine.apply(
            base, create("contract", Map.of("start_date", LocalDate.of(2026, 3, 1))));

    assertThat(outcome.changes()).containsEntry("end_date", LocalDate.of(2027, 3, 1));
  }

  @Test
  void refusalsAreThoseThatHoldForTheSettledRecordNotForAStateOnTheWay() {
    RuleBase base =
        base(
            "sales/opportunity.drl",
            drl(
                WON_NEEDS_AMOUNT
                    + """
                    rule "A won opportunity without an amount is worth its expected revenue"
                    when
                      Opportunity( stage == "won", amount == null )
                    then
                      set("amount", 5000);
                    end
                    """));

    RuleOutcome outcome =
        LiveRuleEngine.apply(base, create("opportunity", Map.of("name", "Big", "stage", "won")));

    assertThat(outcome.problems()).isEmpty();
    assertThat((BigDecimal) outcome.changes().get("amount")).isEqualByComparingTo("5000");
  }

  @Test
  void aValueOfTheWrongTypeIsAProblemOnTheFieldNamingTheRule() {
    RuleBase base =
        base(
            "sales/opportunity.drl",
            drl(
                """
                rule "Sets words into a number"
                when
                  Opportunity( stage == "won" )
                then
                  set("amount", "a lot");
                end
                """));

    RuleOutcome outcome =
        LiveRuleEngine.apply(base, create("opportunity", Map.of("name", "Big", "stage", "won")));

    assertThat(outcome.problems()).extracting(FieldProblem::field).containsExactly("amount");
    assertThat(outcome.problems().get(0).message())
        .contains("Sets words into a number")
        .contains("sales/opportunity.drl");
  }

  @Test
  void aRuleThatNeverSettlesIsStoppedWithAClearRefusal() {
    RuleBase base =
        base(
            "sales/loop.drl",
            drl(
                """
                rule "Counts up forever"
                when
                  $o : Opportunity( $p : probability != null )
                then
                  set("probability", $p.add(java.math.BigDecimal.ONE).min(new java.math.BigDecimal("99")).equals($p) ? java.math.BigDecimal.ZERO : $p.add(java.math.BigDecimal.ONE));
                end
                """));

    assertThatThrownBy(
            () ->
                LiveRuleEngine.apply(
                    base, create("opportunity", Map.of("name", "Loop", "probability", bd("1")))))
        .isInstanceOfSatisfying(
            RelataException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
              assertThat(e.getMessage()).contains("Counts up forever");
            });
  }

  @Test
  void aRuleThatChangesItsFactWithModifyIsHeldToTheSameLimits() {
    RuleBase grows =
        base(
            "sales/grows.drl",
            drl(
                """
                rule "Grows on every pass"
                when
                  $o : Opportunity( )
                then
                  modify($o) { setName($o.getName() + "x") };
                end
                """));
    RuleBase loops =
        base(
            "sales/loops.drl",
            drl(
                """
                rule "Loops on its own change"
                when
                  $o : Opportunity( name != null )
                then
                  modify($o) { setName($o.getName() + "x") };
                end
                """));

    assertThatThrownBy(
            () -> LiveRuleEngine.apply(grows, create("opportunity", Map.of("name", "Deal"))))
        .isInstanceOfSatisfying(
            RelataException.class,
            e ->
                assertThat(e.text().english())
                    .contains("do not settle")
                    .contains("Grows on every pass")
                    .contains("name"));
    assertThatThrownBy(
            () -> LiveRuleEngine.apply(loops, create("opportunity", Map.of("name", "Deal"))))
        .isInstanceOfSatisfying(
            RelataException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
              assertThat(e.text().english()).contains("Loops on its own change");
            });
  }

  @Test
  void aRuleThatThrowsRefusesTheWriteNamingItWithoutAStackTrace() {
    RuleBase base =
        base(
            "sales/broken.drl",
            drl(
                """
                rule "Divides by zero"
                when
                  Opportunity( $a : amount != null )
                then
                  set("amount", $a.divide(java.math.BigDecimal.ZERO));
                end
                """));

    assertThatThrownBy(
            () ->
                LiveRuleEngine.apply(
                    base, create("opportunity", Map.of("name", "X", "amount", bd("10")))))
        .isInstanceOfSatisfying(
            RelataException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
              assertThat(e.getMessage())
                  .contains("Divides by zero")
                  .contains("sales/broken.drl")
                  .contains("ArithmeticException")
                  .doesNotContain("\tat ");
            });
  }

  @Test
  void settingAFieldTheEntityDoesNotHaveIsRefused() {
    RuleBase base =
        base(
            "sales/typo.drl",
            drl(
                """
                rule "Sets a typo"
                when
                  Opportunity()
                then
                  set("amont", 1);
                end
                """));

    assertThatThrownBy(() -> LiveRuleEngine.apply(base, create("opportunity", Map.of("name", "X"))))
        .isInstanceOf(RelataException.class)
        .hasMessageContaining("amont")
        .hasMessageContaining("Sets a typo");
  }

  @Test
  void assignmentRulesSetTheOwnerFromThePlatformsDirectory() {
    RuleBase base =
        base(
            "service/assignment.drl",
            drl(
                """
                rule "Urgent requests go to the head of Service"
                when
                  ServiceRequest( priority == "urgent" )
                then
                  assignToHead("service");
                end
                rule "Requests about billing go to the service managers"
                when
                  ServiceRequest( subject matches "(?i).*billing.*" )
                then
                  assignToRole("service_manager");
                end
                rule "Nobody by that name"
                when
                  ServiceRequest( subject == "ghost" )
                then
                  assign("ghost");
                end
                """));

    RuleOutcome urgent =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "Down", "priority", "urgent")));
    RuleOutcome billing =
        LiveRuleEngine.apply(base, create("service_request", Map.of("subject", "Billing issue")));
    RuleOutcome ghost =
        LiveRuleEngine.apply(base, create("service_request", Map.of("subject", "ghost")));

    assertThat(urgent.owner()).isEqualTo(21L);
    assertThat(billing.owner()).isEqualTo(31L);
    assertThat(ghost.problems()).extracting(FieldProblem::field).containsExactly("owner");
  }

  @Test
  void rulesSeeTheWriteTheValuesBeforeAndTheActingUser() {
    RuleBase base =
        base(
            "sales/reopen.drl",
            drl(
                """
                rule "Only managers reopen a won opportunity"
                when
                  Write( update, changed("stage"), before["stage"] == "won" )
                  not Actor( hasRole("sales_manager") )
                  Opportunity()
                then
                  reject("stage", "Only a sales manager may reopen a won opportunity");
                end
                """));

    RuleOutcome reopen =
        LiveRuleEngine.apply(
            base,
            update(
                "opportunity",
                Map.of("name", "X", "stage", "won"),
                Map.of("stage", "negotiation")));
    RuleOutcome rename =
        LiveRuleEngine.apply(
            base, update("opportunity", Map.of("name", "X", "stage", "won"), Map.of("name", "Y")));

    assertThat(reopen.problems()).extracting(FieldProblem::field).containsExactly("stage");
    assertThat(rename.accepted()).isTrue();
  }

  @Test
  void rulesOfOtherEntitiesDoNotRun() {
    RuleBase base = base("sales/opportunity.drl", drl(WON_NEEDS_AMOUNT));

    RuleOutcome outcome = LiveRuleEngine.apply(base, create("contract", Map.of("status", "draft")));

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.changes()).isEmpty();
    assertThat(outcome.owner()).isNull();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
