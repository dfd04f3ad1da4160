package dev.relata.platform.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Record writes run the published rules in their transaction (H2 or PostgreSQL). */
class RecordRulesTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aValidationRuleRefusesACreateAndAnUpdateAndNothingIsWritten() {
    publish(
        "sales/won.drl",
        """
        package relata;

        rule "A won opportunity needs an amount"
        when
          Opportunity( stage == "won", amount == null )
        then
          reject("amount", "A won opportunity needs an amount", "赢单的商机必须填写金额");
        end
        """);
    long before = count();

    assertThatThrownBy(
            () ->
                records.create(
                    "opportunity",
                    Values.of("name", "Deal", "stage", "won", "customer", customer()),
                    admin))
        .isInstanceOfSatisfying(
            RelataException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
              assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("amount");
            });
    assertThat(count()).isEqualTo(before);

    Map<String, Object> open =
        records.create(
            "opportunity",
            Values.of("name", "Deal", "stage", "proposal", "customer", customer()),
            admin);
    long id = (Long) open.get("id");
    assertThatThrownBy(
            () ->
                records.update(
                    "opportunity",
                    id,
                    Values.of("stage", "won"),
                    (Long) open.get("version"),
                    admin))
        .isInstanceOf(RelataException.class);
    assertThat(records.get("opportunity", id, admin)).containsEntry("stage", "proposal");
  }

  @Test
  void valuesRulesSetAreSavedAndWrittenToTheHistory() {
    publish(
        "sales/probability.drl",
        """
        package relata;

        rule "A won opportunity is certain"
        when
          Opportunity( stage == "won" )
        then
          set("probability", 100);
        end
        """);

    Map<String, Object> created =
        records.create(
            "opportunity",
            Values.of(
                "name",
                "Deal",
                "stage",
                "won",
                "amount",
                new BigDecimal("5"),
                "customer",
                customer()),
            admin);

    assertThat((BigDecimal) created.get("probability")).isEqualByComparingTo("100");
    Map<String, Object> updated =
        records.update(
            "opportunity",
            (Long) created.get("id"),
            Values.of("probability", 20),
            (Long) created.get("version"),
            admin);
    assertThat((BigDecimal) updated.get("probability"))
        .as("the rule holds on update too")
        .isEqualByComparingTo("100");
  }

  @Test
  void anAssignmentRuleGivesTheRecordToTheUserItNames() {
    relata.identity().createUser("dora", "Dora", null, "a long enough password 1", false);
    publish(
        "service/assign.drl",
        """
        package relata;

        rule "Urgent requests go to Dora"
        when
          ServiceRequest( priority == "urgent" )
        then
          assign("dora");
        end
        """);

    Map<String, Object> created =
        records.create(
            "service_request",
            Values.of("subject", "Down", "priority", "urgent", "customer", customer()),
            admin);

    assertThat(created.get("owner")).isNotEqualTo(admin.userId());
    assertThat(relata.identity().userByUsername("dora").orElseThrow().id())
        .isEqualTo(created.get("owner"));
  }

  private void publish(String path, String drl) {
    relata.ruleManager().save(admin, path, drl, null);
    relata.ruleManager().publish(admin);
  }

  private long customer() {
    return (Long) records.create("customer", Values.of("name", "Acme"), admin).get("id");
  }

  private long count() {
    return records.list("opportunity", RecordQuery.of(null, null, null, null), admin).total();
  }
}
