package dev.relata.rules.build;

import static dev.relata.rules.RuleFixtures.build;
import static dev.relata.rules.RuleFixtures.create;
import static dev.relata.rules.RuleFixtures.drl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.rules.run.LiveRuleEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBuilderTest {
  @Test
  void aSyntaxErrorIsReportedWithItsFileAndLine() {
    BuildResult result =
        build(
            "sales/bad.drl", drl("rule \"Broken\"\nwhen\n  Opportunity( amount > )\nthen\nend\n"));

    assertThat(result.ok()).isFalse();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("sales/bad.drl");
              assertThat(p.line()).isEqualTo(5);
            });
  }

  @Test
  void aFileWithoutAPackageStatementIsInPackageRelataWithItsLinesUnchanged() {
    String rules =
        "rule \"Won needs amount\"\nwhen\n  Opportunity( stage == \"won\", amount == null )\nthen\n  reject(\"amount\", \"An amount\");\nend\n";
    BuildResult built = build("sales/won.drl", rules);
    BuildResult broken = build("sales/broken.drl", rules.replace("amount == null", "amount == "));

    assertThat(built.problems()).isEmpty();
    assertThat(
            LiveRuleEngine.apply(built.base(), create("opportunity", Map.of("stage", "won")))
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly("amount");
    assertThat(broken.problems()).extracting(BuildProblem::line).contains(3);
  }

  @Test
  void aFileInAnotherPackageIsRefusedWhereItSaysSo() {
    BuildResult result =
        build(
            "sales/elsewhere.drl",
            "// mine\npackage com.example.rules;\nrule \"R\"\nwhen\nthen\nend\n");

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(9);
              assertThat(p.message()).contains("package relata");
            });
  }

  @Test
  void aRuleOnAFieldOrEntityThatDoesNotExistIsReportedWhereItIsWritten() {
    BuildResult result =
        build(
            "sales/typos.drl",
            drl(
                """
                rule "Misspelt field"
                when
                  Opportunity( amont > 100 )
                then
                end
                rule "Unknown entity"
                when
                  Invoice( )
                then
                end
                """));

    assertThat(result.problems())
        .extracting(BuildProblem::path, BuildProblem::line)
        .contains(
            org.assertj.core.groups.Tuple.tuple("sales/typos.drl", 5),
            org.assertj.core.groups.Tuple.tuple("sales/typos.drl", 10));
    assertThat(result.problems().toString()).contains("amont").contains("Invoice");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "System.exit(0);",
        "java.lang.System.exit(0);",
        "Runtime.getRuntime().exec(\"rm\");",
        "new java.io.File(\"/etc/passwd\").delete();",
        "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
        "new java.net.Socket(\"example.com\", 80);",
        "Class.forName(\"java.lang.Runtime\");",
        "\"x\".getClass().getClassLoader();",
        "while (true) { }",
        "for (;;) { }",
        "new Thread(() -> {}).start();",
        "drools.getKieRuntime().dispose();"
      })
  void consequencesCannotReachFilesNetworkProcessesOrTheJvm(String code) {
    BuildResult result =
        build(
            "sales/evil.drl",
            drl("rule \"Evil\"\nwhen\n  Opportunity()\nthen\n  " + code + "\nend\n"));

    assertThat(result.ok()).as(code).isFalse();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("sales/evil.drl");
              assertThat(p.line()).isEqualTo(7);
            });
  }

  @Test
  void importsOutsideMathTimeAndUtilAreRefused() {
    BuildResult result =
        build(
            "sales/imports.drl",
            "package relata;\nimport java.io.File;\nimport java.time.LocalDate;\n"
                + "import function java.lang.System.exit;\n");

    assertThat(result.problems()).extracting(BuildProblem::line).containsExactly(2, 4);
  }

  @Test
  void namesInsideStringsAndCommentsAreOnlyText() {
    BuildResult result =
        build(
            "sales/harmless.drl",
            drl(
                """
                // System.exit is mentioned here only
                /* and Runtime here */
                rule "Mentions System in its message"
                when
                  Opportunity( name == "System" )
                then
                  reject("name", "Do not call it System.exit(0) or File");
                end
                """));

    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aDslrFileIsExpandedWithTheDslBesideIt() {
    String dsl =
        """
        [when]the opportunity is won=$o : Opportunity( stage == "won" )
        [when]it has no amount=Opportunity( this == $o, amount == null )
        [then]reject {field} with "{message}"=reject("{field}", "{message}");
        """;
    String dslr =
        """
        package relata;

        rule "Won needs an amount"
        when
          the opportunity is won
          it has no amount
        then
          reject amount with "Fill in the amount"
        end
        """;

    BuildResult result = build("sales/words.dsl", dsl, "sales/won.dslr", dslr);

    assertThat(result.problems()).isEmpty();
    var outcome =
        LiveRuleEngine.apply(
            result.base(), create("opportunity", Map.of("name", "X", "stage", "won")));
    assertThat(outcome.problems())
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "Fill in the amount"));
  }

  @Test
  void aDslrSentenceWithoutAMappingIsReportedOnItsLine() {
    String dsl = "[when]the opportunity is won=Opportunity( stage == \"won\" )\n";
    String dslr =
        """
        package relata;

        rule "Unmapped"
        when
          the opportunity is won
          the moon is full
        then
        end
        """;

    BuildResult result = build("sales/words.dsl", dsl, "sales/moon.dslr", dslr);

    assertThat(result.ok()).isFalse();
    assertThat(result.problems())
        .anySatisfy(p -> assertThat(p.path()).isEqualTo("sales/moon.dslr"));
  }

  @Test
  void twoRulesWithOneNameAreRefused() {
    String rule = "rule \"Same\"\nwhen\n  Opportunity()\nthen\nend\n";

    BuildResult result = build("a/one.drl", drl(rule), "b/two.drl", drl(rule));

    assertThat(result.ok()).isFalse();
  }

  @Test
  void noFilesBuildAnEmptyBase() {
    BuildResult result = build();

    assertThat(result.ok()).isTrue();
    assertThat(result.base().empty()).isTrue();
  }
}
