package dev.relata.benchmarks;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.query.SqlCondition;
import dev.relata.platform.Relata;
import dev.relata.platform.access.AccessDecider;
import dev.relata.platform.access.Organisation;
import dev.relata.platform.access.RecordAccess;
import dev.relata.platform.identity.Actor;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Access decisions with 1,000 sharing and restriction rules in force beside the shipped matrix (a
 * sales manager in a department; 10 of the rules apply to them, 990 to other roles, entities or
 * actions):
 *
 * <ul>
 *   <li>{@code singleRecord}: is one opportunity readable, with the decision known (in memory);
 *   <li>{@code listFilterCached}: the readable-records SQL for a list, decision known;
 *   <li>{@code listFilterFresh}: the same for a subject seen for the first time: the Drools run,
 *       binding the conditions, and the SQL.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class AccessDecisionBenchmark {
  static final int RULES = 1_000;
  static final String[] ROLES = {
    "sales_rep", "customer_service", "service_manager", "finance", "contract_admin", "marketing"
  };
  static final String[] ENTITIES = {"customer", "contact", "contract", "service_request"};
  static final String[] ACTIONS = {"read", "edit", "delete", "export"};

  private Relata relata;
  private AccessDecider decider;
  private Actor manager;
  private Map<String, Object> record;
  private Organisation organisation;
  private long fresh = 1_000_000;

  @Setup(Level.Trial)
  public void open() {
    relata = RuleBench.open("h2");
    Actor admin = RuleBench.admin(relata);
    long customer = RuleBench.customer(relata, admin);
    RuleBench.save(relata, admin, sharingRules());
    relata.ruleManager().publish(admin);
    Map<String, Object> department = new HashMap<>(Map.of("name", "East"));
    long east = relata.departments().create(admin, department).id();
    Map<String, Object> user = new HashMap<>();
    user.put("username", "mei");
    user.put("password", BenchDatabase.ADMIN_PASSWORD);
    user.put("department", east);
    user.put("roles", List.of("sales_manager"));
    long mark = relata.userAdministration().create(admin, user).user().id();
    manager = relata.access().actor(mark, "mei", Set.of("sales_manager"));
    decider = relata.accessDecider();
    organisation = decider.organisation();
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Harbour cranes");
    values.put("customer", customer);
    values.put("amount", new BigDecimal(250_000));
    values.put("stage", "negotiation");
    values.put("owner", mark);
    record = relata.records().create("opportunity", values, admin);
    RecordAccess access = decider.access(manager, "opportunity", AccessAction.READ);
    if (access.grants().size() != 1 + 10 || !access.allows(record, organisation)) {
      throw new IllegalStateException("Unexpected decision: " + access);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    relata.close();
  }

  @Benchmark
  public boolean singleRecord() {
    return decider.access(manager, "opportunity", AccessAction.READ).allows(record, organisation);
  }

  @Benchmark
  public SqlCondition listFilterCached() {
    return decider.access(manager, "opportunity", AccessAction.READ).where();
  }

  @Benchmark
  public SqlCondition listFilterFresh() {
    Actor someone = new Actor(fresh++, "mei", manager.roles(), manager.permissions());
    return decider.access(someone, "opportunity", AccessAction.READ).where();
  }

  /**
   * 1,000 rules in files of 100: 10 grant the sales manager opportunities by stage and amount; the
   * rest grant or forbid other roles on other entities and actions.
   */
  static SortedMap<String, String> sharingRules() {
    SortedMap<String, String> files = new TreeMap<>();
    StringBuilder drl = new StringBuilder();
    for (int i = 0; i < RULES; i++) {
      if (i < 10) {
        drl.append(
            String.format(
                """

                rule "Share %d: managers read large deals in stage %d"
                when
                  AccessRequest( entity == "opportunity", action == "read" )
                  Subject( hasRole("sales_manager") )
                then
                  grantWhere("amount gt %d and stage ne 'lost'");
                end
                """,
                i, i, 100_000 * (i + 1)));
      } else {
        String role = ROLES[i % ROLES.length];
        String entity = ENTITIES[(i / ROLES.length) % ENTITIES.length];
        String action = ACTIONS[(i / 7) % ACTIONS.length];
        drl.append(
            String.format(
                """

                rule "Share %d: %s %s %s"
                when
                  AccessRequest( entity == "%s", action == "%s" )
                  Subject( hasRole("%s") )
                then
                  %s("created_by ne %d");
                end
                """,
                i,
                role,
                action,
                entity,
                entity,
                action,
                role,
                i % 3 == 0 ? "forbidWhere" : "grantWhere",
                i));
      }
      if ((i + 1) % 100 == 0) {
        files.put(String.format("bench/sharing_%02d.drl", i / 100), drl.toString());
        drl.setLength(0);
      }
    }
    return files;
  }
}
