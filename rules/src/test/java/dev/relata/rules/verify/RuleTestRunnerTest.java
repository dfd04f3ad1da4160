package dev.relata.rules.verify;

import static dev.relata.rules.RuleFixtures.PEOPLE;
import static dev.relata.rules.RuleFixtures.base;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.Message;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.build.RuleBase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleTestRunnerTest {
  private static final String PATH = "sales/opportunity.test.json";
  private static final RuleBase RULES =
      base(
          "sales/opportunity.drl",
          """
          rule "A won opportunity needs an amount"
          when
            Opportunity( stage == "won", amount == null )
          then
            reject("amount", "A won opportunity needs an amount", "赢单的商机需要金额");
          end
          rule "Probability follows a won stage"
          when
            Opportunity( stage == "won" )
          then
            set("probability", 100);
          end
          rule "Urgent requests go to the service head"
          when
            ServiceRequest( priority == "urgent" )
            Write( isCreate() )
          then
            assignToHead("service");
          end
          """);

  @Test
  void passingTestsPassAndEachKindOfExpectationIsChecked() {
    List<RuleTestResult> results =
        run(
            """
            {"tests": [
              {"name": "won without amount", "entity": "opportunity",
               "record": {"name": "Deal", "stage": "won"},
               "expect": {"errors": {"amount": "赢单的商机需要金额"}}},
              {"name": "won with amount", "entity": "opportunity",
               "record": {"name": "Deal", "stage": "won", "amount": 5000},
               "expect": {"accepted": true, "values": {"probability": 100}}},
              {"name": "urgent", "entity": "service_request",
               "record": {"subject": "Down", "priority": "urgent"},
               "user": {"username": "bob", "roles": ["sales_rep"]},
               "expect": {"owner": "bob"}}
            ]}
            """);

    assertThat(results)
        .extracting(RuleTestResult::name)
        .containsExactly("won without amount", "won with amount", "urgent");
    assertThat(results.get(0).passed()).as(results.get(0).toString()).isTrue();
    assertThat(results.get(1).passed()).as(results.get(1).toString()).isTrue();
    assertThat(results.get(2).passed()).as("the head of service is 21, not bob").isFalse();
    assertThat(english(results.get(2))).contains("assigned it to the user with id 21");
    assertThat(results).extracting(RuleTestResult::line).containsExactly(2, 5, 8);
  }

  @Test
  void aFailingTestSaysWhatWasExpectedAndWhatHappenedInBothLanguages() {
    List<RuleTestResult> results =
        run(
            """
            {"tests": [
              {"name": "wrong message", "entity": "opportunity",
               "record": {"name": "Deal", "stage": "won"},
               "expect": {"errors": {"amount": "Amount please"}}},
              {"name": "expects acceptance", "entity": "opportunity",
               "record": {"name": "Deal", "stage": "won"}, "expect": {"accepted": true}},
              {"name": "expects refusal", "entity": "opportunity",
               "record": {"name": "Deal", "stage": "proposal"}, "expect": {"errors": ["amount"]}},
              {"name": "wrong value", "entity": "opportunity",
               "record": {"name": "Deal", "stage": "won", "amount": 1},
               "expect": {"values": {"probability": 90}}},
              {"name": "bad input", "entity": "opportunity",
               "record": {"name": "Deal", "amount": "lots", "colour": "red"},
               "expect": {"accepted": true}},
              {"name": "no such entity", "entity": "invoice", "record": {}, "expect": {}}
            ]}
            """);

    assertThat(results).noneMatch(RuleTestResult::passed);
    assertThat(english(results.get(0))).contains("says \"A won opportunity needs an amount\"");
    assertThat(english(results.get(1))).contains("should be accepted");
    assertThat(english(results.get(2))).contains("should be refused on amount");
    assertThat(english(results.get(3))).contains("probability is 100").contains("expects 90");
    assertThat(english(results.get(4))).contains("amount").contains("colour");
    assertThat(english(results.get(5))).contains("no entity invoice");
    assertThat(results.get(1).failures().get(0).in(Locale.SIMPLIFIED_CHINESE)).contains("应被接受");
  }

  @Test
  void aMalformedTestFileIsAProblemAtItsLineAndNoTestOfItRuns() {
    RuleTestFile.Parsed typo =
        RuleTestFile.parse(
            PATH,
            """
            {"tests": [
              {"name": "t", "entity": "opportunity", "record": {},
               "expect": {"acepted": true}}
            ]}
            """);
    RuleTestFile.Parsed broken = RuleTestFile.parse(PATH, "{\"tests\": [\n  {\"name\": }\n]}");
    RuleTestFile.Parsed notTests = RuleTestFile.parse(PATH, "[1, 2]");

    assertThat(typo.tests()).isEmpty();
    assertThat(typo.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("expect.acepted");
            });
    assertThat(broken.problems()).extracting(BuildProblem::line).containsExactly(2);
    assertThat(notTests.problems())
        .extracting(BuildProblem::message)
        .anyMatch(m -> m.contains("\"tests\""));
  }

  private static List<RuleTestResult> run(String json) {
    RuleTestFile.Parsed parsed = RuleTestFile.parse(PATH, json);
    assertThat(parsed.problems()).isEmpty();
    return RuleTestRunner.run(RULES, parsed.tests(), PEOPLE);
  }

  private static String english(RuleTestResult result) {
    return String.join(" | ", result.failures().stream().map(Message::english).toList());
  }
}
