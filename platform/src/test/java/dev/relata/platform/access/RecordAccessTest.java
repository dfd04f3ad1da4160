package dev.relata.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.access.Scope;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.query.FilterBinder;
import dev.relata.metadata.query.FilterParser;
import dev.relata.metadata.query.QueryField;
import dev.relata.metadata.query.SqlCondition;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One record decided in memory and a list decided in SQL agree, for every scope seen from every
 * place in an organisation (department tree, reporting lines, a user without a department), alone
 * and combined with conditions as grants and forbids, on H2 and on PostgreSQL.
 */
class RecordAccessTest {
  private static final String[] CONDITIONS = {
    "stage eq 'won'", "amount gt 50000", "not (name eq 'Deal 3')", "probability eq null"
  };

  private Relata relata;
  private Actor admin;
  private final Map<String, Long> users = new HashMap<>();
  private final List<Map<String, Object>> records = new ArrayList<>();
  private Organisation organisation;
  private EntityDefinition opportunity;

  @BeforeEach
  void setUp() {
    relata = TestRelata.withStandardObjects();
    admin = TestRelata.admin(relata);
    long sales = department("sales", null);
    long east = department("east", sales);
    long eastOne = department("east_one", east);
    long west = department("west", sales);
    user("ursula", sales, null);
    user("erik", east, users.get("ursula"));
    user("emma", eastOne, users.get("erik"));
    user("walt", west, users.get("ursula"));
    user("nobody", null, null);
    user("lone", null, users.get("emma"));
    long customer =
        (Long) relata.records().create("customer", Map.of("name", "Harbour"), admin).get("id");
    String[] stages = {"prospecting", "won", "lost"};
    int n = 0;
    for (long owner : users.values()) {
      for (int i = 0; i < 3; i++, n++) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Deal " + n);
        values.put("customer", customer);
        values.put("stage", stages[(n + i) % 3]);
        values.put("amount", new BigDecimal(20_000 * (n % 5)));
        values.put("owner", owner);
        records.add(relata.records().create("opportunity", values, admin));
      }
    }
    records.add(
        relata
            .records()
            .create("opportunity", Map.of("name", "Admin's", "customer", customer), admin));
    organisation = relata.database().read(Organisation::load);
    opportunity = relata.metadata().catalog().require("opportunity");
  }

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void everyScopeFromEveryPlaceAgreesInMemoryAndInSql() {
    int checked = 0;
    for (long user : subjects()) {
      Organisation.Place place = organisation.place(user);
      for (Scope scope : Scope.values()) {
        RecordAccess access = new RecordAccess(Scopes.reach(scope, user, place), List.of());
        assertAgree(access, scope + " for user " + user);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(subjects().size() * Scope.values().length);
  }

  @Test
  void scopesReachWhatTheirNamesSay() {
    long erik = users.get("erik");
    Organisation.Place place = organisation.place(erik);

    assertThat(owners(new RecordAccess(Scopes.reach(Scope.DEPARTMENT, erik, place), List.of())))
        .containsExactly(erik);
    assertThat(
            owners(new RecordAccess(Scopes.reach(Scope.DEPARTMENT_TREE, erik, place), List.of())))
        .containsExactlyInAnyOrder(erik, users.get("emma"));
    assertThat(owners(new RecordAccess(Scopes.reach(Scope.SUBORDINATES, erik, place), List.of())))
        .as("emma reports to erik, lone to emma")
        .containsExactlyInAnyOrder(erik, users.get("emma"), users.get("lone"));
    long nobody = users.get("nobody");
    assertThat(
            owners(
                new RecordAccess(
                    Scopes.reach(Scope.DEPARTMENT_TREE, nobody, organisation.place(nobody)),
                    List.of())))
        .as("without a department, only one's own")
        .containsExactly(nobody);
    assertThat(allowed(new RecordAccess(Scopes.reach(Scope.ALL, erik, place), List.of())))
        .hasSize(records.size());
    assertThat(allowed(new RecordAccess(Scopes.reach(Scope.NONE, erik, place), List.of())))
        .isEmpty();
  }

  @Test
  void grantsAddUpForbidsWinAndBothAgreeInMemoryAndInSql() {
    int checked = 0;
    for (long user : subjects()) {
      Organisation.Place place = organisation.place(user);
      for (Scope scope : Scope.values()) {
        for (String granted : CONDITIONS) {
          for (String forbidden : CONDITIONS) {
            List<Reach> grants = new ArrayList<>(Scopes.reach(scope, user, place));
            grants.add(matching(granted));
            RecordAccess access =
                new RecordAccess(
                    grants,
                    List.of(
                        matching(forbidden),
                        new Reach.OwnerInDepartmentTree(
                            organisation.place(users.get("walt")).departmentPath())));
            assertAgree(access, scope + " + " + granted + " − " + forbidden + " for " + user);
            checked++;
          }
        }
      }
    }
    assertThat(checked)
        .isEqualTo(
            subjects().size() * Scope.values().length * CONDITIONS.length * CONDITIONS.length);
    RecordAccess everythingButWon =
        new RecordAccess(List.of(new Reach.Everything()), List.of(matching("stage eq 'won'")));
    assertThat(allowed(everythingButWon))
        .allSatisfy(r -> assertThat(r.get("stage")).isNotEqualTo("won"))
        .isNotEmpty();
    assertThat(
            new RecordAccess(List.of(new Reach.Everything()), List.of(new Reach.Everything()))
                .deniesAll())
        .isTrue();
  }

  private void assertAgree(RecordAccess access, String what) {
    Set<Long> inMemory = new TreeSet<>();
    for (Map<String, Object> record : records) {
      if (access.allows(record, organisation)) {
        inMemory.add((Long) record.get("id"));
      }
    }
    assertThat(idsBySql(access.where())).as(what + ": " + access.where()).isEqualTo(inMemory);
  }

  private List<Map<String, Object>> allowed(RecordAccess access) {
    return records.stream().filter(r -> access.allows(r, organisation)).toList();
  }

  private Set<Long> owners(RecordAccess access) {
    Set<Long> owners = new TreeSet<>();
    allowed(access).forEach(r -> owners.add((Long) r.get("owner")));
    assertThat(idsBySql(access.where()))
        .isEqualTo(new TreeSet<>(allowed(access).stream().map(r -> (Long) r.get("id")).toList()));
    return owners;
  }

  private Set<Long> idsBySql(SqlCondition where) {
    return relata
        .database()
        .read(
            c -> {
              Set<Long> ids = new TreeSet<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id FROM " + opportunity.table() + " WHERE " + where.sql())) {
                for (int i = 0; i < where.parameters().size(); i++) {
                  ps.setObject(i + 1, where.parameters().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getLong(1));
                  }
                }
              }
              return ids;
            });
  }

  private Reach matching(String condition) {
    FilterBinder binder = new FilterBinder("opportunity", QueryField.of(opportunity));
    return Reach.Matching.of(condition, binder.bind(FilterParser.parse(condition)));
  }

  private List<Long> subjects() {
    List<Long> subjects = new ArrayList<>(users.values());
    subjects.add(admin.userId());
    return subjects;
  }

  private long department(String name, Long parent) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("parent", parent);
    return relata.departments().create(admin, values).id();
  }

  private void user(String username, Long department, Long manager) {
    Map<String, Object> values = new HashMap<>();
    values.put("username", username);
    values.put("password", TestRelata.ADMIN_PASSWORD);
    values.put("department", department);
    values.put("manager", manager);
    users.put(username, relata.userAdministration().create(admin, values).user().id());
  }
}
