package dev.relata.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.RoleDefinition;
import dev.relata.platform.records.RecordPage;
import dev.relata.platform.records.RecordQuery;
import dev.relata.platform.testing.TestRelata;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped matrix decides every record operation of RecordService: what a sales rep and a sales
 * manager see and may do, refusals that change nothing, and changes that count from the next call.
 */
class RecordEnforcementTest {
  private Relata relata;
  private Actor admin;
  private long east;
  private long west;
  private long rita;
  private long rob;
  private long wendy;
  private long mark;
  private long customer;

  @BeforeEach
  void setUp() {
    relata = TestRelata.withStandardObjects();
    admin = TestRelata.admin(relata);
    relata.roles().addMissing(RoleDefinition.defaults());
    long sales = department("sales", null);
    east = department("east", sales);
    west = department("west", sales);
    mark = user("mark", east, "sales_manager");
    rita = user("rita", east, "sales_rep");
    rob = user("rob", east, "sales_rep");
    wendy = user("wendy", west, "sales_rep");
    customer =
        (Long) relata.records().create("customer", Map.of("name", "Harbour"), admin).get("id");
  }

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aSalesRepSeesAndChangesOnlyTheirOwnRecords() {
    long ritas = deal("Rita's", rita);
    long robs = deal("Rob's", rob);

    assertThat(names(actor(rita))).containsExactly("Rita's");
    assertThat(relata.records().get("opportunity", ritas, actor(rita)))
        .containsEntry("name", "Rita's");
    assertThat(kind(() -> relata.records().get("opportunity", robs, actor(rita))))
        .as("someone else's record is not found, as if it did not exist")
        .isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(kind(() -> rename(robs, "Taken", actor(rita)))).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(kind(() -> relata.records().delete("opportunity", robs, actor(rita))))
        .isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(kind(() -> relata.records().history("opportunity", robs, actor(rita))))
        .isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(relata.records().get("opportunity", robs, admin)).containsEntry("name", "Rob's");

    rename(ritas, "Rita's, renamed", actor(rita));
    relata.records().delete("opportunity", ritas, actor(rita));
    assertThat(names(actor(rita))).isEmpty();
  }

  @Test
  void aSalesRepCannotGiveARecordAwayOrCreateOneForSomeoneElse() {
    long ritas = deal("Rita's", rita);
    RelataException refused =
        refusal(
            () ->
                relata
                    .records()
                    .update(
                        "opportunity", ritas, Map.of("owner", rob), version(ritas), actor(rita)));

    assertThat(refused.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(refused.text().in(Locale.SIMPLIFIED_CHINESE))
        .contains("商机")
        .doesNotContain("opportunity");
    assertThat(relata.records().get("opportunity", ritas, admin)).containsEntry("owner", rita);

    Map<String, Object> forRob = deal("For Rob");
    forRob.put("owner", rob);
    assertThat(kind(() -> relata.records().create("opportunity", forRob, actor(rita))))
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(names(admin)).containsExactly("Rita's");
  }

  @Test
  void aSalesManagerReachesTheDepartmentTreeButDoesNotDelete() {
    deal("Rita's", rita);
    long robs = deal("Rob's", rob);
    deal("Wendy's", wendy);

    assertThat(names(actor(mark))).containsExactlyInAnyOrder("Rita's", "Rob's");
    rename(robs, "Rob's, checked by Mark", actor(mark));
    assertThat(kind(() -> relata.records().delete("opportunity", robs, actor(mark))))
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(relata.records().get("opportunity", robs, admin))
        .containsEntry("name", "Rob's, checked by Mark");
    relata.records().update("opportunity", robs, Map.of("owner", rita), version(robs), actor(mark));
    assertThat(relata.records().get("opportunity", robs, admin)).containsEntry("owner", rita);
  }

  @Test
  void aUserWithoutARoleForTheEntityCannotCreateOrReadIt() {
    long nobody = user("nina", null);

    assertThat(kind(() -> relata.records().create("opportunity", deal("Nina's"), actor(nobody))))
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(names(actor(nobody))).isEmpty();
    assertThat(names(admin)).isEmpty();
  }

  @Test
  void aRevokedGrantAndAMovedUserCountFromTheNextCall() {
    deal("Rita's", rita);
    deal("Wendy's", wendy);
    assertThat(names(actor(mark))).containsExactly("Rita's");

    move(wendy, east);
    assertThat(names(actor(mark))).containsExactlyInAnyOrder("Rita's", "Wendy's");

    relata
        .access()
        .setPermissions(
            admin,
            "sales_manager",
            List.of(new PermissionCell("opportunity", "read", "own")),
            null);
    assertThat(names(actor(mark))).isEmpty();
  }

  @Test
  void adminIsDecidedByItsMatrixLikeAnyoneElse() {
    deal("Rita's", rita);
    assertThat(names(admin)).containsExactly("Rita's");

    relata
        .access()
        .setPermissions(
            admin, "admin", List.of(new PermissionCell("customer", "read", "all")), null);

    assertThat(names(admin)).isEmpty();
    assertThat(
            relata
                .records()
                .list("customer", RecordQuery.of(null, null, null, null), admin)
                .items())
        .hasSize(1);
  }

  // ---- helpers ----

  private List<String> names(Actor actor) {
    RecordPage page =
        relata.records().list("opportunity", RecordQuery.of(null, null, null, null), actor);
    assertThat(page.total()).isEqualTo(page.items().size());
    return page.items().stream().map(r -> (String) r.get("name")).toList();
  }

  private long deal(String name, long owner) {
    Map<String, Object> values = deal(name);
    values.put("owner", owner);
    return (Long) relata.records().create("opportunity", values, admin).get("id");
  }

  private Map<String, Object> deal(String name) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("customer", customer);
    values.put("amount", new BigDecimal("1000"));
    values.put("stage", "prospecting");
    return values;
  }

  private void rename(long id, String name, Actor actor) {
    relata.records().update("opportunity", id, Map.of("name", name), version(id), actor);
  }

  private long version(long id) {
    return (Long) relata.records().get("opportunity", id, admin).get("version");
  }

  private long department(String name, Long parent) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("parent", parent);
    return relata.departments().create(admin, values).id();
  }

  private long user(String username, Long department, String... roles) {
    Map<String, Object> values = new HashMap<>();
    values.put("username", username);
    values.put("password", TestRelata.ADMIN_PASSWORD);
    values.put("department", department);
    values.put("roles", List.of(roles));
    return relata.userAdministration().create(admin, values).user().id();
  }

  private void move(long userId, long department) {
    User user = relata.identity().user(userId).orElseThrow();
    relata
        .userAdministration()
        .update(admin, userId, new HashMap<>(Map.of("department", department)), user.version());
  }

  private Actor actor(long id) {
    User user = relata.identity().user(id).orElseThrow();
    return relata.access().actor(user.id(), user.username(), Set.copyOf(user.roles()));
  }

  private static ErrorKind kind(ThrowingCallable call) {
    return refusal(call).kind();
  }

  private static RelataException refusal(ThrowingCallable call) {
    try {
      call.call();
    } catch (RelataException e) {
      return e;
    } catch (Throwable e) {
      throw new AssertionError("Expected a RelataException", e);
    }
    throw new AssertionError("Expected a refusal");
  }
}
