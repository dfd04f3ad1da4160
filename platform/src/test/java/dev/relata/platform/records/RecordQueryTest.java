package dev.relata.platform.records;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.options;
import static dev.relata.metadata.testing.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.model.FieldType;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists with the filter language, sort and paging, on the real database: what each operator
 * selects, that hostile input never runs as SQL, and that ordering and paging are stable and the
 * same on H2 and PostgreSQL.
 */
class RecordQueryTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final RecordService records = relata.records();

  @AfterEach
  void close() {
    relata.close();
  }

  @BeforeEach
  void givenFiveDeals() {
    relata
        .metadata()
        .createEntity(
            entity(
                "deal",
                field("amount", FieldType.DECIMAL).precision(18).scale(2).build(),
                field("stage", FieldType.PICKLIST).options(options("open", "won", "lost")).build(),
                field("closes", FieldType.DATE).build(),
                field("hot", FieldType.BOOLEAN).build(),
                field("seats", FieldType.INTEGER).build(),
                field("tags", FieldType.MULTIPICKLIST).options(options("a", "b", "c")).build(),
                field("notes", FieldType.LONGTEXT).build()),
            "test");
    deal("Alpha", 10, "won", "2026-01-10", true, List.of("a", "b"), 5);
    deal("beta", 3, "open", "2026-02-01", false, List.of("b"), null);
    deal("Gamma 100%", null, null, null, null, null, 7);
    deal("delta_x", new BigDecimal("7.5"), "lost", "2026-01-10", true, List.of("c"), 5);
    deal("Epsilon", 5, "won", "2025-12-31", false, List.of(), 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount gt 5                                  | Alpha,delta_x",
        "amount ge 5                                  | Alpha,delta_x,Epsilon",
        "amount lt 5                                  | beta",
        "amount le 5                                  | beta,Epsilon",
        "amount eq 10                                 | Alpha",
        "amount eq 7.50                               | delta_x",
        "amount ne 10                                 | beta,Gamma 100%,delta_x,Epsilon",
        "not (amount gt 5)                            | beta,Gamma 100%,Epsilon",
        "stage ne 'won'                               | beta,Gamma 100%,delta_x",
        "not (stage eq 'won')                         | beta,Gamma 100%,delta_x",
        "stage eq 'won' and amount gt 6               | Alpha",
        "stage eq 'won' or stage eq 'lost'            | Alpha,delta_x,Epsilon",
        "(stage eq 'won' or stage eq 'lost') and hot eq true | Alpha,delta_x",
        "stage eq 'won' or stage eq 'lost' and hot eq true   | Alpha,delta_x,Epsilon",
        "stage in ('open', 'lost')                    | beta,delta_x",
        "not (stage in ('open', 'lost'))              | Alpha,Gamma 100%,Epsilon",
        "contains(name, 'ALP')                        | Alpha",
        "startswith(name, 'B')                        | beta",
        "endswith(name, 'on')                         | Epsilon",
        "contains(name, '%')                          | Gamma 100%",
        "contains(name, '_')                          | delta_x",
        "contains(name, 'a%')                         | ''",
        "startswith(name, '_')                        | ''",
        "amount eq null                               | Gamma 100%",
        "amount ne null                               | Alpha,beta,delta_x,Epsilon",
        "closes eq '2026-01-10'                       | Alpha,delta_x",
        "closes lt '2026-01-01'                       | Epsilon",
        "closes ge '2026-01-10' and closes le '2026-02-01' | Alpha,beta,delta_x",
        "hot eq false                                 | beta,Epsilon",
        "hot ne true                                  | beta,Gamma 100%,Epsilon",
        "tags eq 'b'                                  | Alpha,beta",
        "tags ne 'b'                                  | Gamma 100%,delta_x,Epsilon",
        "tags in ('a', 'c')                           | Alpha,delta_x",
        "tags eq null                                 | Gamma 100%,Epsilon",
        "seats eq 5                                   | Alpha,delta_x",
        "not not (seats eq 5)                         | Alpha,delta_x",
        "seats in (0, 7)                              | Gamma 100%,Epsilon",
        "createdAt ge '2020-01-01' and owner ne 0     | Alpha,beta,Gamma 100%,delta_x,Epsilon"
      })
  void aFilterSelectsExactlyTheMatchingRecords(String filter, String expected) {
    List<String> names = expected.isEmpty() ? List.of() : List.of(expected.split(","));

    RecordPage page = list(filter, null, 0, 50);

    assertThat(page.items()).extracting(r -> r.get("name")).containsExactlyElementsOf(names);
    assertThat(page.total()).isEqualTo(names.size());
  }

  @Test
  void anInjectionInsideATextLiteralIsJustTextAndMatchesNothing() {
    assertThat(list("name eq 'x'' or 1=1 --'", null, 0, 50).total()).isZero();
    assertThat(list("name eq 'Alpha'' or ''1''=''1'", null, 0, 50).total()).isZero();
    assertThat(list("contains(name, ''') or 1=1 --')", null, 0, 50).total()).isZero();
  }

  @Test
  void aStatementAfterAFilterIsRefusedAndNeverRuns() {
    assertThat(badRequest(() -> list("name eq 'a'; drop table t_deal", null, 0, 50)).getMessage())
        .contains("Unexpected ';");
    assertThat(badRequest(() -> list("name eq 'a') or (1 eq 1", null, 0, 50)).getMessage())
        .startsWith("Invalid filter");

    assertThat(list(null, null, 0, 50).total()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name;drop table t_deal",
        "name desc--",
        "name desc",
        "c_name",
        "name) --",
        "(select 1)"
      })
  void aHostileSortIsRefusedAndNeverRuns(String sort) {
    badRequest(() -> list(null, sort, 0, 50));

    assertThat(list(null, null, 0, 50).total()).isEqualTo(5);
  }

  @Test
  void anUnknownFieldIsABadRequestNamingIt() {
    assertThat(badRequest(() -> list("colour eq 'red'", null, 0, 50)).getMessage())
        .startsWith("Unknown field 'colour' for deal");
  }

  @Test
  void theLimitsOfTheFilterLanguageHoldOnTheRealPath() {
    badRequest(() -> list("name eq '" + "x".repeat(4000) + "'", null, 0, 50));
    badRequest(() -> list("(".repeat(33) + "seats eq 5" + ")".repeat(33), null, 0, 50));
    badRequest(
        () ->
            list(
                "seats in (" + String.join(",", Collections.nCopies(501, "1")) + ")", null, 0, 50));
    assertThat(
            list("seats in (" + String.join(",", Collections.nCopies(500, "5")) + ")", null, 0, 50)
                .total())
        .isEqualTo(2);
  }

  @Test
  void theLongestAcceptedFilterRunsOnTheDatabase() {
    String filter = String.join(" or ", Collections.nCopies(220, "seats eq 5"));

    assertThat(filter.length()).isLessThanOrEqualTo(4000);
    assertThat(list(filter, null, 0, 50).total()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "0,501", "-1,10", "100001,10"})
  void pageAndSizeOutsideTheirRangesAreBadRequests(int page, int size) {
    badRequest(() -> RecordQuery.of(null, null, page, size));
  }

  @Test
  void pagesCoverEveryRecordOnceInSortOrderWithTiesBrokenById() {
    for (int i = 0; i < 12; i++) {
      deal("tie " + i, i % 3, null, null, null, null, null);
    }
    List<Map<String, Object>> seen = new ArrayList<>();

    for (int page = 0; page < 4; page++) {
      RecordPage result = list("startswith(name, 'tie')", "amount", page, 5);
      assertThat(result.total()).isEqualTo(12);
      seen.addAll(result.items());
    }

    assertThat(seen).hasSize(12);
    assertThat(seen).extracting(r -> r.get("id")).doesNotHaveDuplicates();
    for (int i = 1; i < seen.size(); i++) {
      BigDecimal previous = (BigDecimal) seen.get(i - 1).get("amount");
      BigDecimal current = (BigDecimal) seen.get(i).get("amount");
      assertThat(previous).isLessThanOrEqualTo(current);
      if (previous.compareTo(current) == 0) {
        assertThat((Long) seen.get(i - 1).get("id")).isLessThan((Long) seen.get(i).get("id"));
      }
    }
  }

  @Test
  void ascendingPutsMissingValuesLastAndDescendingFirstOnEveryDatabase() {
    assertThat(names(list(null, "amount", 0, 50)))
        .containsExactly("beta", "Epsilon", "delta_x", "Alpha", "Gamma 100%");
    assertThat(names(list(null, "-amount", 0, 50)))
        .containsExactly("Gamma 100%", "Alpha", "delta_x", "Epsilon", "beta");
    assertThat(names(list(null, "-seats", 0, 50)))
        .containsExactly("beta", "Gamma 100%", "delta_x", "Alpha", "Epsilon");
    assertThat(names(list(null, "seats,-closes", 0, 50)))
        .containsExactly("Epsilon", "delta_x", "Alpha", "Gamma 100%", "beta");
  }

  @Test
  void aPageBeyondTheLastIsEmptyButCountsEverything() {
    RecordPage page = list(null, null, 3, 2);

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.page()).isEqualTo(3);
    assertThat(page.size()).isEqualTo(2);
  }

  @Test
  void recordsInTheRecycleBinAreListedOnlyThere() {
    long alpha = (Long) list("name eq 'Alpha'", null, 0, 1).items().get(0).get("id");
    records.delete("deal", alpha, admin);

    assertThat(list("stage eq 'won'", null, 0, 50).total()).isEqualTo(1);
    RecordPage bin =
        records.list("deal", RecordQuery.of("stage eq 'won'", null, 0, 50).inRecycleBin(), admin);
    assertThat(names(bin)).containsExactly("Alpha");
  }

  private RecordPage list(String filter, String sort, int page, int size) {
    return records.list("deal", RecordQuery.of(filter, sort, page, size), admin);
  }

  private static List<Object> names(RecordPage page) {
    return page.items().stream().map(r -> r.get("name")).toList();
  }

  private void deal(
      String name,
      Object amount,
      String stage,
      String closes,
      Boolean hot,
      List<String> tags,
      Integer seats) {
    records.create(
        "deal",
        Values.of(
            "name", name, "amount", amount, "stage", stage, "closes", closes, "hot", hot, "tags",
            tags, "seats", seats),
        admin);
  }
}
