package dev.relata.rules.manage;

import static dev.relata.rules.RuleFixtures.ALICE;
import static dev.relata.rules.RuleFixtures.PEOPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.metadata.testing.TestMetadata;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.api.WriteKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderTest {
  private static final String RULE =
      """
      rule "A won opportunity needs an amount"
      when
        Opportunity( stage == "won", amount == null )
      then
        reject("amount", "Amount needed");
      end
      """;

  @TempDir Path folder;
  private TestMetadata metadata;
  private RuleAdministration rules;
  private RuleFolder sync;

  @BeforeEach
  void setUp() {
    metadata = TestMetadata.fresh();
    metadata.service().importDefinitions(StandardDefinitions.load(), TestMetadata.AUTHOR);
    rules = new RuleAdministration(metadata.database(), metadata.service(), c -> PEOPLE);
    sync = new RuleFolder(folder, rules, "folder", RuleAudit.NONE);
  }

  @AfterEach
  void tearDown() {
    sync.close();
    metadata.close();
  }

  @Test
  void filesInTheFolderArePublishedAndOthersAreIgnored() throws IOException {
    write("sales/opportunity.drl", RULE);
    write("README.md", "not a rule");
    write("sales/.opportunity.drl.swp", "editor swap file");

    RuleFolder.Sync result = sync.sync();

    assertThat(result.saved()).containsExactly("sales/opportunity.drl");
    assertThat(result.published()).isNotNull();
    assertThat(wonWithoutAmount().problems()).hasSize(1);
    assertThat(sync.sync().changed()).as("nothing changed since").isFalse();
  }

  @Test
  void aBrokenFileIsReportedWithItsLineAndTheRulesInForceStay() throws IOException {
    write("sales/opportunity.drl", RULE);
    sync.sync();
    write("sales/opportunity.drl", RULE.replace("amount == null", "amount == "));

    RuleFolder.Sync result = sync.sync();

    assertThat(result.published()).isNull();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("sales/opportunity.drl");
              assertThat(p.line()).isEqualTo(3);
            });
    assertThat(rules.countRevisions()).isEqualTo(1);
    assertThat(wonWithoutAmount().problems()).as("the first revision is still in force").hasSize(1);
  }

  @Test
  void aFileRemovedFromTheFolderLeavesTheRulesButABrowserFileStays() throws IOException {
    write("sales/opportunity.drl", RULE);
    rules.save("service/browser.drl", "// made in the browser\n", null, "analyst", RuleAudit.NONE);
    sync.sync();
    Files.delete(folder.resolve("sales/opportunity.drl"));

    RuleFolder.Sync result = sync.sync();

    assertThat(result.deleted()).containsExactly("sales/opportunity.drl");
    assertThat(result.published().removed()).containsExactly("sales/opportunity.drl");
    assertThat(rules.list())
        .extracting(RuleFileStatus::path)
        .containsExactly("service/browser.drl");
    assertThat(wonWithoutAmount().accepted()).isTrue();
  }

  @Test
  void theWatcherPublishesASavedFileBySelf() throws Exception {
    sync.start();
    write("sales/opportunity.drl", RULE);

    await(() -> rules.countRevisions() == 1);

    assertThat(wonWithoutAmount().problems()).hasSize(1);
    write("sales/more/contract.drl", "rule \"Nothing\"\nwhen\n  Contract()\nthen\nend\n");
    await(() -> rules.countRevisions() == 2);
  }

  private void write(String path, String content) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the folder's change was not published within 20 s");
      }
      Thread.sleep(100);
    }
  }

  private RuleOutcome wonWithoutAmount() {
    return rules
        .engine()
        .apply(
            new RecordWrite(
                metadata.service().catalog().require("opportunity"),
                WriteKind.CREATE,
                null,
                null,
                ALICE.id(),
                Map.of("name", "Deal", "stage", "won"),
                Map.of(),
                ALICE,
                PEOPLE));
  }
}
