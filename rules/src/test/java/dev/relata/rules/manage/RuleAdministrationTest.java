package dev.relata.rules.manage;

import static dev.relata.rules.RuleFixtures.PEOPLE;
import static dev.relata.rules.RuleFixtures.drl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.testing.Definitions;
import dev.relata.metadata.testing.TestMetadata;
import dev.relata.rules.RuleFixtures;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.store.RuleRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The working copy, publish, revisions and rollback against a real database (H2 or PostgreSQL). */
class RuleAdministrationTest {
  private static final String AUTHOR = "analyst";
  private static final String WON_NEEDS_AMOUNT =
      drl(
          """
          rule "A won opportunity needs an amount"
          when
            Opportunity( stage == "won", amount == null )
          then
            reject("amount", "A won opportunity needs an amount");
          end
          """);

  private TestMetadata metadata;
  private RuleAdministration rules;

  @BeforeEach
  void setUp() {
    metadata = TestMetadata.fresh();
    metadata.service().importDefinitions(StandardDefinitions.load(), TestMetadata.AUTHOR);
    rules = new RuleAdministration(metadata.database(), metadata.service(), c -> PEOPLE);
  }

  @AfterEach
  void tearDown() {
    metadata.close();
  }

  @Test
  void aSavedFileIsADraftUntilPublishedAndThenInForce() {
    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);

    assertThat(rules.list())
        .extracting(RuleFileStatus::path, RuleFileStatus::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sales/opportunity.drl", "draft"));
    assertThat(wonWithoutAmount().accepted()).as("not in force before publish").isTrue();

    RuleRevision revision = rules.publish(AUTHOR, RuleAudit.NONE);

    assertThat(revision.added()).containsExactly("sales/opportunity.drl");
    assertThat(revision.ruleCount()).isEqualTo(1);
    assertThat(rules.activeRevision()).isEqualTo(revision.id());
    assertThat(rules.list()).extracting(RuleFileStatus::state).containsExactly("published");
    assertThat(wonWithoutAmount().problems()).hasSize(1);
  }

  @Test
  void aFileThatDoesNotBuildIsRefusedWithItsLineAndTheRulesInForceStay() {
    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);
    rules.save(
        "sales/broken.drl",
        drl("rule \"Broken\"\nwhen\n  Opportunity( amont > 1 )\nthen\nend\n"),
        null,
        AUTHOR,
        RuleAudit.NONE);

    assertThat(rules.validate())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("sales/broken.drl");
              assertThat(p.line()).isEqualTo(5);
            });
    assertThatThrownBy(() -> rules.publish(AUTHOR, RuleAudit.NONE))
        .isInstanceOfSatisfying(
            RuleProblemsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
              assertThat(e.buildProblems()).extracting(p -> p.path()).contains("sales/broken.drl");
              assertThat(e.problems().get(0).message()).startsWith("line 5");
            });
    assertThat(rules.countRevisions()).isEqualTo(1);
    assertThat(wonWithoutAmount().problems()).as("the rules in force still run").hasSize(1);
  }

  @Test
  void aStaleVersionIsAConflictAndLosesNothing() {
    RuleFileStatus first =
        rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    rules.save(
        "sales/opportunity.drl", WON_NEEDS_AMOUNT + "\n", first.version(), "bob", RuleAudit.NONE);

    assertThatThrownBy(
            () ->
                rules.save(
                    "sales/opportunity.drl",
                    "package relata;\n",
                    first.version(),
                    AUTHOR,
                    RuleAudit.NONE))
        .isInstanceOfSatisfying(
            RelataException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    assertThat(rules.get("sales/opportunity.drl").content()).isEqualTo(WON_NEEDS_AMOUNT + "\n");
  }

  @Test
  void aDeletedFileLeavesTheRulesAtTheNextPublishAndARollbackBringsItBack() {
    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    RuleRevision first = rules.publish(AUTHOR, RuleAudit.NONE);

    rules.delete("sales/opportunity.drl", null, AUTHOR, RuleAudit.NONE);
    assertThat(rules.list()).extracting(RuleFileStatus::state).containsExactly("deleted");
    RuleRevision second = rules.publish(AUTHOR, RuleAudit.NONE);

    assertThat(second.removed()).containsExactly("sales/opportunity.drl");
    assertThat(rules.list()).isEmpty();
    assertThat(wonWithoutAmount().accepted()).isTrue();

    RuleRevision rollback = rules.rollback(first.id(), AUTHOR, RuleAudit.NONE);

    assertThat(rollback.rolledBackTo()).isEqualTo(first.id());
    assertThat(rules.list()).extracting(RuleFileStatus::state).containsExactly("published");
    assertThat(wonWithoutAmount().problems()).hasSize(1);
    assertThat(rules.revisions(0, 10))
        .extracting(RuleRevision::id)
        .containsExactly(rollback.id(), second.id(), first.id());
  }

  @Test
  void aRevisionShowsTheDiffOfEachFileItChanged() {
    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);
    rules.save(
        "sales/opportunity.drl",
        WON_NEEDS_AMOUNT.replace("needs an amount\");", "must have an amount\");"),
        null,
        AUTHOR,
        RuleAudit.NONE);
    RuleRevision second = rules.publish(AUTHOR, RuleAudit.NONE);

    RevisionDetail detail = rules.revision(second.id());

    assertThat(detail.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.change()).isEqualTo("changed");
              assertThat(f.diff())
                  .contains("-  reject(\"amount\", \"A won opportunity needs an amount\");")
                  .contains("+  reject(\"amount\", \"A won opportunity must have an amount\");");
            });
  }

  @Test
  void publishingTheRulesInForceAgainIsRefused() {
    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);

    assertThatThrownBy(() -> rules.publish(AUTHOR, RuleAudit.NONE))
        .isInstanceOfSatisfying(
            RelataException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
  }

  @Test
  void ofTwoPublishesAtOnceOneWinsAndTheOtherIsToldNothingHalfApplied() throws Exception {
    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<RuleRevision>> publishes = List.of(this::publish, this::publish);
      List<Object> outcomes = new ArrayList<>();
      for (Future<RuleRevision> future : pool.invokeAll(publishes)) {
        try {
          outcomes.add(future.get());
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }

      assertThat(outcomes).filteredOn(RuleRevision.class::isInstance).hasSize(1);
      assertThat(outcomes)
          .filteredOn(RelataException.class::isInstance)
          .singleElement()
          .satisfies(e -> assertThat(((RelataException) e).kind()).isEqualTo(ErrorKind.CONFLICT));
      assertThat(rules.countRevisions()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFieldAddedAtRuntimeIsUsableInRulesAtOnce() {
    addDiscount();
    rules.save(
        "sales/discount.drl",
        drl(
            """
            rule "Discounts above 30% need a reason"
            when
              Opportunity( discount > 30 )
            then
              reject("discount", "Discounts above 30% need a director");
            end
            """),
        null,
        AUTHOR,
        RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);

    RuleOutcome outcome =
        rules
            .engine()
            .apply(write(Map.of("name", "Deal", "discount", new java.math.BigDecimal("40.00"))));

    assertThat(outcome.problems()).extracting(p -> p.field()).containsExactly("discount");
  }

  @Test
  void aMetadataChangeThatWouldBreakAPublishedRuleIsRefusedNamingItsFileAndLine() {
    addDiscount();
    addField("spare", FieldType.TEXT, "Spare", "备用");
    rules.save(
        "sales/discount.drl",
        drl("rule \"Uses discount\"\nwhen\n  Opportunity( discount > 30 )\nthen\nend\n"),
        null,
        AUTHOR,
        RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);

    assertThatThrownBy(
            () -> metadata.service().deleteField("opportunity", "discount", TestMetadata.AUTHOR))
        .isInstanceOfSatisfying(
            RuleProblemsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
              assertThat(e.buildProblems())
                  .extracting(p -> p.path() + ":" + p.line())
                  .containsExactly("sales/discount.drl:5");
              assertThat(e.text().english()).contains("sales/discount.drl, line 5");
            });
    assertThat(metadata.service().catalog().require("opportunity").field("discount"))
        .map(FieldDefinition::deleted)
        .contains(false);
    metadata.service().deleteField("opportunity", "spare", TestMetadata.AUTHOR);
    assertThat(metadata.service().catalog().require("opportunity").field("spare"))
        .map(FieldDefinition::deleted)
        .contains(true);
  }

  @Test
  void publishRunsTheRuleTestsAndAFailingOneKeepsTheRulesInForce() {
    String test =
        """
        {"tests": [
          {"name": "won without amount is refused", "entity": "opportunity",
           "record": {"name": "Deal", "stage": "won"}, "expect": {"errors": ["amount"]}}
        ]}
        """;
    rules.save("sales/opportunity.test.json", test, null, AUTHOR, RuleAudit.NONE);

    assertThat(rules.runTests().results()).singleElement().matches(r -> !r.passed());
    assertThatThrownBy(() -> rules.publish(AUTHOR, RuleAudit.NONE))
        .isInstanceOfSatisfying(
            RuleProblemsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
              assertThat(e.buildProblems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.path()).isEqualTo("sales/opportunity.test.json");
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.message()).contains("won without amount is refused");
                      });
            });
    assertThat(rules.countRevisions()).isZero();

    rules.save("sales/opportunity.drl", WON_NEEDS_AMOUNT, null, AUTHOR, RuleAudit.NONE);
    RuleTestRun run = rules.runTests();
    RuleRevision revision = rules.publish(AUTHOR, RuleAudit.NONE);

    assertThat(run.ok()).isTrue();
    assertThat(revision.added())
        .containsExactly("sales/opportunity.drl", "sales/opportunity.test.json");
    assertThat(wonWithoutAmount().problems()).hasSize(1);
  }

  @Test
  void writesDuringRepeatedPublishesEachRunOneWholeRuleBaseAndNoneFails() throws Exception {
    String onAmount = WON_NEEDS_AMOUNT;
    String onName =
        drl(
            """
            rule "A won opportunity needs a short name"
            when
              Opportunity( stage == "won", name == "Deal" )
            then
              reject("name", "Too short");
            end
            """);
    rules.save("sales/swap.drl", onAmount, null, AUTHOR, RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);
    java.util.concurrent.atomic.AtomicBoolean publishing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<String>>> writers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        writers.add(
            pool.submit(
                () -> {
                  List<String> seen = new ArrayList<>();
                  while (publishing.get()) {
                    seen.add(
                        String.join(
                            ",",
                            wonWithoutAmount().problems().stream().map(p -> p.field()).toList()));
                  }
                  return seen;
                }));
      }
      for (int i = 0; i < 10; i++) {
        rules.save("sales/swap.drl", i % 2 == 0 ? onName : onAmount, null, AUTHOR, RuleAudit.NONE);
        rules.publish(AUTHOR, RuleAudit.NONE);
      }
      publishing.set(false);
      List<String> outcomes = new ArrayList<>();
      for (Future<List<String>> writer : writers) {
        outcomes.addAll(writer.get());
      }

      assertThat(outcomes).isNotEmpty().allMatch(o -> o.equals("amount") || o.equals("name"));
      assertThat(outcomes).contains("amount", "name");
    } finally {
      publishing.set(false);
      pool.shutdownNow();
    }
  }

  @Test
  void anEntityWhoseFactTypeIsTakenIsRefusedByName() {
    for (String name : List.of("write", "actor")) {
      assertThatThrownBy(
              () -> metadata.service().createEntity(Definitions.entity(name), TestMetadata.AUTHOR))
          .isInstanceOfSatisfying(
              RelataException.class,
              e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("name"));
      assertThat(metadata.service().catalog().find(name)).isEmpty();
    }
  }

  @Test
  void aRevisionWhoseRulesNoLongerBuildCannotBeRolledBackTo() {
    addDiscount();
    rules.save(
        "sales/discount.drl",
        drl("rule \"Uses discount\"\nwhen\n  Opportunity( discount > 30 )\nthen\nend\n"),
        null,
        AUTHOR,
        RuleAudit.NONE);
    RuleRevision first = rules.publish(AUTHOR, RuleAudit.NONE);
    rules.delete("sales/discount.drl", null, AUTHOR, RuleAudit.NONE);
    rules.publish(AUTHOR, RuleAudit.NONE);
    metadata.service().deleteField("opportunity", "discount", TestMetadata.AUTHOR);

    assertThatThrownBy(() -> rules.rollback(first.id(), AUTHOR, RuleAudit.NONE))
        .isInstanceOfSatisfying(
            RuleProblemsException.class,
            e ->
                assertThat(e.buildProblems())
                    .extracting(p -> p.path())
                    .contains("sales/discount.drl"));
    assertThat(rules.countRevisions()).isEqualTo(2);
  }

  @Test
  void badPathsAndContentsAreRefusedClearly() {
    for (String path :
        List.of("../etc/passwd.drl", "sales/x.exe", "relata/_fact_types.drl", "a b.drl", "")) {
      assertThatThrownBy(() -> rules.save(path, "package relata;", null, AUTHOR, RuleAudit.NONE))
          .as(path)
          .isInstanceOfSatisfying(
              RelataException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE));
    }
    assertThatThrownBy(
            () ->
                rules.save(
                    "big.drl",
                    "x".repeat(RuleAdministration.MAX_FILE_CHARS + 1),
                    null,
                    AUTHOR,
                    RuleAudit.NONE))
        .hasMessageContaining("at most");
    assertThatThrownBy(
            () -> rules.save("nul.drl", "package relata;\u0000", null, AUTHOR, RuleAudit.NONE))
        .isInstanceOf(RelataException.class);
    assertThat(rules.list()).isEmpty();
  }

  private RuleRevision publish() {
    return rules.publish(AUTHOR, RuleAudit.NONE);
  }

  private RuleOutcome wonWithoutAmount() {
    return rules.engine().apply(write(Map.of("name", "Deal", "stage", "won")));
  }

  private RecordWrite write(Map<String, Object> values) {
    return RuleFixtures.create(metadata.service().catalog(), "opportunity", values);
  }

  private void addDiscount() {
    addField("discount", FieldType.PERCENT, "Discount", "折扣");
  }

  private void addField(String name, FieldType type, String english, String chinese) {
    metadata
        .service()
        .addField(
            "opportunity",
            FieldDefinition.builder(name, type).labels(Labels.of(english, chinese)).build(),
            TestMetadata.AUTHOR);
  }
}
