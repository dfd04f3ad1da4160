package dev.relata.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generated rule sets for the rules benchmarks: validation and default rules on the standard
 * entities, with constraints that vary from rule to rule (stages, amount bands, thresholds, dates,
 * keywords, the acting user), written as the DRL an analyst would write, at most {@value
 * #RULES_PER_FILE} rules a file, plus a rule test file whose tests hold for every size.
 *
 * <p>Deterministic: the same size gives the same files. {@code revision} changes one threshold in
 * every file without changing what any rule test expects, for publishing a changed set again.
 */
public final class RuleSets {
  /** Rules per generated file; 10,000 rules make 100 files (the working copy holds 1,000). */
  public static final int RULES_PER_FILE = 100;

  /** The amount the record benchmarks write; inside the lowest amount band of every set. */
  public static final int BENCH_AMOUNT = 120_000;

  private static final String[] STAGES = {
    "prospecting", "qualification", "proposal", "negotiation", "won", "lost"
  };
  private static final int[] STAGE_PROBABILITY = {10, 20, 40, 60, 100, 0};
  private static final String[] CONTRACT_STATUS = {"draft", "pending_approval", "active"};
  private static final String[] INDUSTRIES = {
    "manufacturing", "retail", "finance", "technology", "healthcare", "education", "other"
  };
  private static final String[] KEYWORDS = {
    "outage",
    "invoice",
    "refund",
    "password",
    "delivery",
    "install",
    "upgrade",
    "contract",
    "warranty",
    "training"
  };
  private static final String[] PRIORITIES = {"urgent", "medium", "high", "low"};
  private static final int AMOUNT_SPAN = 2_000_000;

  /** Every kind of rule the sets are made of. */
  private enum Template {
    OPPORTUNITY_AMOUNT_CEILING,
    OPPORTUNITY_PROBABILITY_RANGE,
    OPPORTUNITY_PROBABILITY_DEFAULT,
    OPPORTUNITY_CLOSE_DATE_DEFAULT,
    OPPORTUNITY_STAGE_NEEDS_MANAGER,
    CONTRACT_MINIMUM_TERM,
    CONTRACT_END_DEFAULT,
    CONTRACT_SIGNED_BEFORE_ACTIVE,
    SERVICE_REQUEST_PRIORITY_DEFAULT,
    CUSTOMER_RULES
  }

  private static final List<Template> OPPORTUNITY_ONLY =
      List.of(
          Template.OPPORTUNITY_AMOUNT_CEILING,
          Template.OPPORTUNITY_PROBABILITY_RANGE,
          Template.OPPORTUNITY_PROBABILITY_DEFAULT,
          Template.OPPORTUNITY_CLOSE_DATE_DEFAULT,
          Template.OPPORTUNITY_STAGE_NEEDS_MANAGER);

  private final List<Template> templates;
  private final int size;
  private final int revision;

  private RuleSets(List<Template> templates, int size, int revision) {
    this.templates = templates;
    this.size = size;
    this.revision = revision;
  }

  /** {@code size} rules spread over opportunity, contract, service request and customer. */
  public static SortedMap<String, String> mixed(int size, int revision) {
    return new RuleSets(List.of(Template.values()), size, revision).files("bench/mixed");
  }

  /**
   * {@code size} rules, all on opportunity; the benchmark record ({@value #BENCH_AMOUNT},
   * prospecting) gets its probability and close date from two of them and is refused by none.
   */
  public static SortedMap<String, String> opportunity(int size, int revision) {
    return new RuleSets(OPPORTUNITY_ONLY, size, revision).files("bench/opportunity");
  }

  private SortedMap<String, String> files(String prefix) {
    SortedMap<String, String> files = new TreeMap<>();
    StringBuilder drl = header();
    int inFile = 0;
    for (int i = 0; i < size; i++) {
      drl.append(rule(i));
      if (++inFile == RULES_PER_FILE || i == size - 1) {
        files.put(String.format("%s_%03d.drl", prefix, i / RULES_PER_FILE), drl.toString());
        drl = header();
        inFile = 0;
      }
    }
    files.put(prefix + "_checks.test.json", tests());
    return files;
  }

  private static StringBuilder header() {
    return new StringBuilder("package relata;\n\nimport java.time.LocalDate;\n");
  }

  /** How many rules of the set use template {@code t}. */
  private int count(Template t) {
    int index = templates.indexOf(t);
    int n = templates.size();
    return size / n + (index < size % n ? 1 : 0);
  }

  /** The width of the amount bands of a banded template: its rules cover 0–2,000,000. */
  private int bandWidth(Template t) {
    int bands = Math.max(1, (count(t) + STAGES.length - 1) / STAGES.length);
    return AMOUNT_SPAN / bands;
  }

  private String rule(int i) {
    Template t = templates.get(i % templates.size());
    int k = i / templates.size();
    return switch (t) {
      case OPPORTUNITY_AMOUNT_CEILING -> {
        String stage = STAGES[k % STAGES.length];
        long limit = 50_000_000L + k * 1_000L + revision;
        yield String.format(
            """

            rule "R%d Opportunity amount ceiling %d in %s"
            when
              Opportunity( stage == "%s", amount != null, amount > %d )
            then
              reject("amount", "Amounts above %d in %s need a deal desk review",
                  "%s阶段金额超过%d需要交易审核");
            end
            """,
            i, k, stage, stage, limit, limit, stage, stage, limit);
      }
      case OPPORTUNITY_PROBABILITY_RANGE -> {
        String stage = STAGES[k % 2];
        int ceiling = 50 + k % 40;
        yield String.format(
            """

            rule "R%d Opportunity probability ceiling %d in %s"
            when
              Opportunity( stage == "%s", probability != null, probability > %d )
            then
              reject("probability", "An opportunity in %s is at most %d%% likely");
            end
            """,
            i, k, stage, stage, ceiling, stage, ceiling);
      }
      case OPPORTUNITY_PROBABILITY_DEFAULT -> {
        int stage = k % STAGES.length;
        int band = k / STAGES.length;
        int width = bandWidth(t);
        yield String.format(
            """

            rule "R%d Opportunity probability by stage %s and size band %d"
            when
              Opportunity( stage == "%s", probability == null, amount != null,
                  amount >= %d, amount < %d )
            then
              set("probability", %d);
            end
            """,
            i,
            STAGES[stage],
            band,
            STAGES[stage],
            (long) band * width,
            (long) (band + 1) * width,
            probability(stage, band));
      }
      case OPPORTUNITY_CLOSE_DATE_DEFAULT -> {
        int stage = k % STAGES.length;
        int band = k / STAGES.length;
        int width = bandWidth(t);
        yield String.format(
            """

            rule "R%d Opportunity close date by stage %s and size band %d"
            when
              Opportunity( stage == "%s", expected_close_date == null, amount != null,
                  amount >= %d, amount < %d )
            then
              set("expected_close_date", LocalDate.now().plusDays(%d));
            end
            """,
            i,
            STAGES[stage],
            band,
            STAGES[stage],
            (long) band * width,
            (long) (band + 1) * width,
            30 + 15 * (band % 8));
      }
      case OPPORTUNITY_STAGE_NEEDS_MANAGER -> {
        String stage = STAGES[k % STAGES.length];
        long limit = 5_000_000L + k * 1_000L;
        yield String.format(
            """

            rule "R%d Opportunity over %d moved to %s needs a manager"
            when
              Opportunity( stage == "%s", amount != null, amount > %d )
              Write( update, changed("stage") )
              Actor( !hasRole("sales_manager") )
            then
              reject("stage", "Only a sales manager moves a deal over %d to %s");
            end
            """,
            i, limit, stage, stage, limit, limit, stage);
      }
      case CONTRACT_MINIMUM_TERM -> {
        String status = CONTRACT_STATUS[k % CONTRACT_STATUS.length];
        int days = 7 + k % 358;
        yield String.format(
            """

            rule "R%d Contract minimum term %d days when %s"
            when
              Contract( status == "%s", $start : start_date != null, end_date != null,
                  end_date < $start.plusDays(%d) )
            then
              reject("end_date", "A %s contract runs at least %d days");
            end
            """,
            i, days, status, status, days, status, days);
      }
      case CONTRACT_END_DEFAULT -> {
        int status = k % CONTRACT_STATUS.length;
        int band = k / CONTRACT_STATUS.length;
        int width =
            AMOUNT_SPAN
                / Math.max(1, (count(t) + CONTRACT_STATUS.length - 1) / CONTRACT_STATUS.length);
        yield String.format(
            """

            rule "R%d Contract term by status %s and size band %d"
            when
              Contract( status == "%s", $start : start_date != null, end_date == null,
                  amount != null, amount >= %d, amount < %d )
            then
              set("end_date", $start.plusMonths(%d));
            end
            """,
            i,
            CONTRACT_STATUS[status],
            band,
            CONTRACT_STATUS[status],
            (long) band * width,
            (long) (band + 1) * width,
            contractMonths(band));
      }
      case CONTRACT_SIGNED_BEFORE_ACTIVE -> {
        long threshold = 500_000L + k * 500L;
        yield String.format(
            """

            rule "R%d Active contract over %d is signed"
            when
              Contract( status == "active", signed_date == null, amount != null, amount > %d )
            then
              reject("signed_date", "An active contract over %d needs its signing date");
            end
            """,
            i, threshold, threshold, threshold);
      }
      case SERVICE_REQUEST_PRIORITY_DEFAULT -> {
        String keyword = keyword(k);
        String priority = PRIORITIES[k % PRIORITIES.length];
        yield String.format(
            """

            rule "R%d Service request about %s is %s"
            when
              ServiceRequest( priority == null, subject != null, subject contains "%s" )
            then
              set("priority", "%s");
            end
            """,
            i, keyword, priority, keyword, priority);
      }
      case CUSTOMER_RULES -> {
        String industry = INDUSTRIES[k % INDUSTRIES.length];
        long revenue = 1_000_000L + k * 10_000L;
        yield k % 2 == 0
            ? String.format(
                """

                rule "R%d Customer in %s over %d is level A"
                when
                  Customer( industry == "%s", level == null, annual_revenue != null,
                      annual_revenue >= %d )
                then
                  set("level", "A");
                end
                """,
                i, industry, revenue, industry, revenue)
            : String.format(
                """

                rule "R%d Level A customer in %s has an email"
                when
                  Customer( industry == "%s", level == "A", email == null )
                then
                  reject("email", "A level A customer in %s needs an email address");
                end
                """,
                i, industry, industry, industry);
      }
    };
  }

  private static int probability(int stage, int band) {
    int base = STAGE_PROBABILITY[stage];
    return base == 0 || base == 100 ? base : Math.min(95, base + 5 * (band % 3));
  }

  private static int contractMonths(int band) {
    return 12 + 12 * (band % 3);
  }

  private static String keyword(int k) {
    String word = KEYWORDS[k % KEYWORDS.length];
    int round = k / KEYWORDS.length;
    return round == 0 ? word : word + "-" + round;
  }

  /** Rule tests whose expectations hold for any size of the set (they use the first rules). */
  private String tests() {
    List<String> tests = new ArrayList<>();
    int prospectingBand = BENCH_AMOUNT / bandWidth(Template.OPPORTUNITY_PROBABILITY_DEFAULT);
    tests.add(
        String.format(
            """
              {"name": "A new prospect of %d gets its probability from its band",
               "entity": "opportunity",
               "record": {"name": "Harbour cranes", "amount": %d, "stage": "prospecting"},
               "expect": {"accepted": true, "values": {"probability": %d}}}""",
            BENCH_AMOUNT, BENCH_AMOUNT, probability(0, prospectingBand)));
    tests.add(
        """
          {"name": "An amount above every ceiling is refused",
           "entity": "opportunity",
           "record": {"name": "Moon base", "amount": 90000000, "stage": "prospecting"},
           "expect": {"accepted": false, "errors": ["amount"]}}""");
    tests.add(
        """
          {"name": "A big deal moved by a user without the manager role is refused",
           "entity": "opportunity", "kind": "update",
           "before": {"name": "Harbour cranes", "stage": "prospecting", "amount": 9000000,
                      "probability": 10, "expected_close_date": "2027-01-31"},
           "record": {"stage": "qualification"},
           "expect": {"accepted": false, "errors": ["stage"]}}""");
    if (templates.contains(Template.CONTRACT_MINIMUM_TERM)) {
      LocalDate start = LocalDate.of(2026, 1, 1);
      int contractBand =
          10_000
              / (AMOUNT_SPAN
                  / Math.max(
                      1,
                      (count(Template.CONTRACT_END_DEFAULT) + CONTRACT_STATUS.length - 1)
                          / CONTRACT_STATUS.length));
      tests.add(
          """
            {"name": "A draft contract of two days is too short",
             "entity": "contract",
             "record": {"status": "draft", "start_date": "2026-01-01", "end_date": "2026-01-03"},
             "expect": {"accepted": false, "errors": ["end_date"]}}""");
      tests.add(
          String.format(
              """
                {"name": "An active contract without an end runs its band's term",
                 "entity": "contract",
                 "record": {"status": "active", "amount": 10000, "start_date": "%s"},
                 "expect": {"accepted": true, "values": {"end_date": "%s"}}}""",
              start, start.plusMonths(contractMonths(contractBand))));
      tests.add(
          """
            {"name": "A request about an outage is urgent",
             "entity": "service_request",
             "record": {"subject": "Total outage in the plant"},
             "expect": {"accepted": true, "values": {"priority": "urgent"}}}""");
    }
    return "{\"tests\": [\n" + String.join(",\n", tests) + "\n]}\n";
  }

  /** Prints a set's files and sizes, to look at what the benchmarks publish. */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    SortedMap<String, String> files =
        args.length > 1 && args[1].equals("opportunity") ? opportunity(size, 0) : mixed(size, 0);
    files.forEach((path, content) -> System.out.printf("%s (%,d chars)%n", path, content.length()));
    String first = files.get(files.firstKey());
    System.out.println(first.substring(0, Math.min(first.length(), 6_000)));
    System.out.println(files.get(files.lastKey()));
  }
}
