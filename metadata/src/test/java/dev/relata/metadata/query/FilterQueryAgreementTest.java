package dev.relata.metadata.query;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.lookup;
import static dev.relata.metadata.testing.Definitions.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.testing.SchemaInspector;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.metadata.testing.TestMetadata;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * For random records of an entity with a field of every type (nulls included) and random filters
 * whose literals lie near the records' values, the SQL of {@link SqlQueryWriter} selects exactly
 * the records {@link FilterEvaluator} accepts: on H2 always, and on PostgreSQL when {@code
 * RELATA_TEST_DB_URL} names one. Each database gets a fresh database or schema (see {@link
 * TestDatabases}) with the entity's real table, emptied before every try.
 */
class FilterQueryAgreementTest {
  private static final String ENTITY = "filter_probe";
  private static final String TARGET = "filter_target";

  /** Characters of every generated text; the letters below are added where the database agrees. */
  private static final String ASCII = "aAbBzZ %_\\';";

  /**
   * Letters beyond ASCII whose lower case differs between databases or locales, with some that do
   * not: each is used only if the database lowers it as the evaluator does (see package-info).
   */
  private static final String LETTERS = "ÉéÖßẞΩωǅǄςσΣİ中😀";

  private static final List<String> STAGES = List.of("open", "Won", "l_st");
  private static final List<String> TAGS = List.of("x", "Y", "a_b", "50%");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 31);
  private static final Instant MIDNIGHT = DAY.atStartOfDay().toInstant(ZoneOffset.UTC);

  private static Probe h2;
  private static Probe postgres;

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void onH2TheSqlSelectsExactlyTheRecordsTheEvaluatorAccepts(@ForAll("onH2") Sample sample) {
    h2().check(sample);
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  @AddLifecycleHook(OnlyWithPostgreSql.class)
  void onPostgreSqlTheSqlSelectsExactlyTheRecordsTheEvaluatorAccepts(
      @ForAll("onPostgreSql") Sample sample) {
    postgres().check(sample);
  }

  @Example
  void h2LowersOnlyDottedCapitalIAndFinalSigmaUnlikeTheEvaluator() {
    // The limits package-info states: H2 lowers with String.toLowerCase, which lowers İ to two
    // characters and a word-final Σ to ς (and, in a Turkish, Azeri or Lithuanian default locale,
    // I and İ by that language's rules).
    Assume.that(!List.of("tr", "az", "lt").contains(Locale.getDefault().getLanguage()));
    assertThat(h2().disagreeing).isEqualTo("Σİ");
  }

  @Example
  @AddLifecycleHook(OnlyWithPostgreSql.class)
  void onPostgreSqlATextMatchFindsTheStoredTextWhateverItsLetters() {
    // Holds where PostgreSQL lowers each letter by itself: a UTF-8 database with a libc locale.
    Assume.that(postgres().disagreeing.isEmpty());
    List<Map<String, Object>> records =
        numbered(List.of(named("ΟΔΟΣ"), named("İzmir"), named("Straße")));

    assertThat(postgres().selected(records, "contains(name, 'ΟΔΟΣ')")).containsExactly(1L);
    assertThat(postgres().selected(records, "endswith(name, 'οσ')")).containsExactly(1L);
    assertThat(postgres().selected(records, "startswith(name, 'İZ')")).containsExactly(2L);
    assertThat(postgres().selected(records, "contains(name, 'SS')")).isEmpty();
  }

  /** A record with a name, its system fields set and no other value. */
  private static Map<String, Object> named(String name) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("name", name);
    for (String field : List.of("owner", "createdBy", "updatedBy", "version")) {
      record.put(field, 1L);
    }
    record.put("createdAt", MIDNIGHT);
    record.put("updatedAt", MIDNIGHT);
    return record;
  }

  @Provide
  Arbitrary<Sample> onH2() {
    return samples(h2().letters);
  }

  @Provide
  Arbitrary<Sample> onPostgreSql() {
    return samples(postgres().letters);
  }

  @AfterContainer
  static void close() {
    for (Probe probe : new Probe[] {h2, postgres}) {
      if (probe != null) {
        System.out.println(probe.summary());
        TestDatabases.close(probe.database);
      }
    }
    h2 = null;
    postgres = null;
  }

  private static synchronized Probe h2() {
    if (h2 == null) {
      h2 = new Probe("H2", TestDatabases.freshH2());
    }
    return h2;
  }

  private static synchronized Probe postgres() {
    if (postgres == null) {
      postgres = new Probe("PostgreSQL", TestDatabases.fresh());
    }
    return postgres;
  }

  /** Runs the PostgreSQL property only when {@code RELATA_TEST_DB_URL} names PostgreSQL. */
  static class OnlyWithPostgreSql implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return TestDatabases.postgres()
          ? SkipResult.doNotSkip()
          : SkipResult.skip("needs PostgreSQL (RELATA_TEST_DB_URL)");
    }
  }

  // ---- the entity, its table, and one check ----

  /** Records of the probe entity, in order of id, and filters (as text) to try on all of them. */
  record Sample(List<Map<String, Object>> records, List<String> filters) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("filters:\n");
      filters.forEach(f -> text.append("  ").append(f).append('\n'));
      text.append("records:\n");
      records.forEach(r -> text.append("  ").append(r).append('\n'));
      return text.toString();
    }
  }

  /** One database with the probe entity's table. */
  static final class Probe {
    final String name;
    final Database database;
    final EntityDefinition entity;
    final Map<String, QueryField> fields;
    final String letters;
    final String disagreeing;
    final AtomicLong tries = new AtomicLong();
    final AtomicLong filters = new AtomicLong();
    final AtomicLong checks = new AtomicLong();
    final AtomicLong matches = new AtomicLong();
    final AtomicLong checking = new AtomicLong();
    volatile long started;
    volatile long finished;

    Probe(String name, Database database) {
      this.name = name;
      this.database = database;
      MetadataService service = new MetadataService(database, null);
      service.createEntity(entity(TARGET), TestMetadata.AUTHOR);
      this.entity = service.createEntity(probeEntity(), TestMetadata.AUTHOR);
      this.fields = QueryField.of(entity);
      SchemaInspector schema = new SchemaInspector(database);
      for (String target : List.of("first", "second", "third")) {
        schema.insertRecord("t_" + TARGET, Map.of("c_name", target)); // ids 1, 2, 3
      }
      StringBuilder agreeing = new StringBuilder();
      StringBuilder other = new StringBuilder();
      LETTERS
          .codePoints()
          .forEach(
              letter ->
                  (lowersLikeTheEvaluator(letter) ? agreeing : other).appendCodePoint(letter));
      this.letters = agreeing.toString();
      this.disagreeing = other.toString();
    }

    /** Whether the database lowers the letter as the evaluator does, alone and among others. */
    private boolean lowersLikeTheEvaluator(int letter) {
      String c = Character.toString(letter);
      String probe = c + "x" + c + " " + c + c + "x" + c + " x" + c;
      String lower =
          database.transaction(
              connection -> {
                try (PreparedStatement ps =
                    connection.prepareStatement("SELECT LOWER(CAST(? AS VARCHAR(100)))")) {
                  ps.setString(1, probe);
                  try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                  }
                }
              });
      return lower.equals(FilterBinder.lowerCase(probe));
    }

    void check(Sample sample) {
      long start = System.nanoTime();
      if (tries.getAndIncrement() == 0) {
        started = start;
      }
      database.transaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("DELETE FROM " + entity.table());
            }
            insert(c, sample.records());
            for (String text : sample.filters()) {
              // Bound once and read both ways, as the platform will do with access conditions.
              BoundFilter bound = new FilterBinder(ENTITY, fields).bind(FilterParser.parse(text));
              SqlCondition where = SqlQueryWriter.where(bound);
              FilterEvaluator evaluator = FilterEvaluator.of(bound);
              Set<Long> evaluated = new TreeSet<>();
              for (Map<String, Object> record : sample.records()) {
                if (evaluator.test(record)) {
                  evaluated.add((Long) record.get("id"));
                }
              }
              Set<Long> selected = select(c, where);
              assertThat(evaluated)
                  .as("%s: %s%n  SQL: %s %s", name, text, where.sql(), where.parameters())
                  .isEqualTo(selected);
              filters.incrementAndGet();
              checks.addAndGet(sample.records().size());
              matches.addAndGet(selected.size());
            }
            return null;
          });
      finished = System.nanoTime();
      checking.addAndGet(finished - start);
    }

    /** The ids the SQL selects from these records, after checking that the evaluator agrees. */
    Set<Long> selected(List<Map<String, Object>> records, String filter) {
      check(new Sample(records, List.of(filter)));
      return database.transaction(
          c -> select(c, new SqlQueryWriter(ENTITY, fields).where(FilterParser.parse(filter))));
    }

    private Set<Long> select(Connection c, SqlCondition where) throws SQLException {
      Set<Long> ids = new TreeSet<>();
      try (PreparedStatement ps =
          c.prepareStatement("SELECT id FROM " + entity.table() + " WHERE " + where.sql())) {
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
    }

    private void insert(Connection c, List<Map<String, Object>> records) throws SQLException {
      if (records.isEmpty()) {
        return;
      }
      List<String> names = List.copyOf(records.get(0).keySet());
      List<String> columns = names.stream().map(n -> fields.get(n).column()).toList();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO "
                  + entity.table()
                  + " ("
                  + String.join(", ", columns)
                  + ") VALUES ("
                  + String.join(", ", columns.stream().map(x -> "?").toList())
                  + ")")) {
        for (Map<String, Object> record : records) {
          for (int i = 0; i < names.size(); i++) {
            bind(ps, i + 1, record.get(names.get(i)));
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }

    /** As the records service binds values: instants with an offset, options joined by ';'. */
    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
      if (value == null) {
        ps.setNull(index, Types.NULL);
      } else if (value instanceof Instant instant) {
        ps.setObject(index, instant.atOffset(ZoneOffset.UTC));
      } else if (value instanceof List<?> options) {
        ps.setString(index, String.join(";", options.stream().map(Object::toString).toList()));
      } else {
        ps.setObject(index, value);
      }
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "%s: %d tries, %d filters, %d filter×record checks (%d matched) in %.1f s (%.1f s in the"
              + " database and the evaluator);"
              + " letters beyond ASCII: %s, left out: %s",
          name,
          tries.get(),
          filters.get(),
          checks.get(),
          matches.get(),
          (finished - started) / 1e9,
          checking.get() / 1e9,
          letters,
          disagreeing.isEmpty() ? "none" : disagreeing);
    }
  }

  private static EntityDefinition probeEntity() {
    return entity(
        ENTITY,
        field("notes", FieldType.LONGTEXT).length(2000).build(),
        field("email", FieldType.EMAIL).build(),
        field("phone", FieldType.PHONE).build(),
        field("site", FieldType.URL).build(),
        field("stage", FieldType.PICKLIST).options(options(STAGES.toArray(String[]::new))).build(),
        field("tags", FieldType.MULTIPICKLIST)
            .options(options(TAGS.toArray(String[]::new)))
            .build(),
        field("code", FieldType.AUTONUMBER).pattern("CT-{0000}").build(),
        field("seats", FieldType.INTEGER).build(),
        field("amount", FieldType.DECIMAL).precision(10).scale(2).build(),
        field("price", FieldType.CURRENCY).precision(12).scale(2).build(),
        field("share", FieldType.PERCENT).precision(5).scale(2).build(),
        field("closes", FieldType.DATE).build(),
        field("met_at", FieldType.DATETIME).build(),
        field("hot", FieldType.BOOLEAN).build(),
        lookup("account", TARGET),
        field("rep", FieldType.USER).build());
  }

  // ---- random records ----

  private static final List<String> TEXTS =
      List.of("name", "notes", "email", "phone", "site", "code");
  private static final List<String> WHOLE = List.of("account", "rep");
  private static final List<String> DECIMALS = List.of("amount", "price", "share");

  private static Arbitrary<Sample> samples(String letters) {
    Arbitrary<Map<String, Object>> record = record(letters);
    return record
        .list()
        .ofMaxSize(16)
        .map(FilterQueryAgreementTest::numbered)
        .flatMap(
            records ->
                filter(records, letters, 3)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(8)
                    .map(filters -> new Sample(records, filters)));
  }

  private static List<Map<String, Object>> numbered(List<Map<String, Object>> records) {
    List<Map<String, Object>> numbered = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", (long) i + 1);
      record.putAll(records.get(i));
      numbered.add(record);
    }
    return numbered;
  }

  private static Arbitrary<Map<String, Object>> record(String letters) {
    Map<String, Arbitrary<?>> values = new LinkedHashMap<>();
    for (String field : TEXTS) {
      values.put(field, orNull(text(letters, 0, 4)));
    }
    values.put("stage", orNull(Arbitraries.of(STAGES)));
    values.put("tags", orNull(heldOptions()));
    for (String field : WHOLE) {
      values.put(field, orNull(Arbitraries.longs().between(1, 3)));
    }
    values.put("seats", orNull(seats()));
    for (String field : DECIMALS) {
      values.put(field, orNull(decimal()));
    }
    values.put("closes", orNull(day()));
    values.put("met_at", orNull(instant()));
    values.put("hot", orNull(Arbitraries.of(true, false)));
    // System columns are never null.
    values.put("owner", Arbitraries.longs().between(1, 3));
    values.put("createdBy", Arbitraries.longs().between(1, 3));
    values.put("updatedBy", Arbitraries.longs().between(1, 3));
    values.put("version", Arbitraries.longs().between(1, 3));
    values.put("createdAt", instant());
    values.put("updatedAt", instant());
    List<String> names = List.copyOf(values.keySet());
    List<Arbitrary<Object>> arbitraries =
        values.values().stream().map(a -> a.map(v -> (Object) v)).toList();
    return Combinators.combine(arbitraries)
        .as(
            list -> {
              Map<String, Object> record = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                record.put(names.get(i), list.get(i));
              }
              return record;
            });
  }

  private static Arbitrary<String> text(String letters, int min, int max) {
    List<String> characters = (ASCII + letters).codePoints().mapToObj(Character::toString).toList();
    return Arbitraries.of(characters)
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .map(parts -> String.join("", parts));
  }

  /** Options held, in the order of the field's options as stored; none is no value. */
  private static Arbitrary<List<String>> heldOptions() {
    return Arbitraries.subsetOf(TAGS)
        .filter(s -> !s.isEmpty())
        .map(held -> TAGS.stream().filter(held::contains).toList());
  }

  private static Arbitrary<Long> seats() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.longs().between(-3, 3)),
        Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE)));
  }

  /** Quarters from -3 to 3, with the scale of 2 every decimal column here has. */
  private static Arbitrary<BigDecimal> decimal() {
    return Arbitraries.integers()
        .between(-12, 12)
        .map(q -> BigDecimal.valueOf(q * 25L, 2).setScale(2));
  }

  private static Arbitrary<LocalDate> day() {
    return Arbitraries.longs().between(-2, 2).map(DAY::plusDays);
  }

  /** Whole microseconds, as stored; near midnight UTC of DAY, and near each other. */
  private static Arbitrary<Instant> instant() {
    return Arbitraries.of(ChronoUnit.MICROS, ChronoUnit.SECONDS, ChronoUnit.HOURS, ChronoUnit.DAYS)
        .flatMap(unit -> Arbitraries.longs().between(-2, 2).map(n -> MIDNIGHT.plus(n, unit)));
  }

  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return values.injectNull(0.2);
  }

  // ---- random filters, with literals near the records' values ----

  private static final List<String> ALL_FIELDS =
      List.of(
          "id",
          "owner",
          "createdAt",
          "createdBy",
          "updatedAt",
          "updatedBy",
          "version",
          "name",
          "notes",
          "email",
          "phone",
          "site",
          "stage",
          "tags",
          "code",
          "seats",
          "amount",
          "price",
          "share",
          "closes",
          "met_at",
          "hot",
          "account",
          "rep");

  private static Arbitrary<String> filter(
      List<Map<String, Object>> records, String letters, int depth) {
    Arbitrary<String> leaf = leaf(records, letters);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> inner = filter(records, letters, depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf),
        Tuple.of(1, inner.map(f -> "not (" + f + ")")),
        Tuple.of(1, Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") and (" + b + ")")),
        Tuple.of(1, Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") or (" + b + ")")));
  }

  private static Arbitrary<String> leaf(List<Map<String, Object>> records, String letters) {
    return Arbitraries.of(ALL_FIELDS)
        .flatMap(
            field -> {
              FieldType type = type(field);
              List<Arbitrary<String>> kinds = new ArrayList<>();
              kinds.add(Arbitraries.of(" eq null", " ne null").map(op -> field + op));
              Arbitrary<String> literal = literal(field, type, records, letters);
              kinds.add(
                  Combinators.combine(operators(type), literal)
                      .as((op, value) -> field + " " + op + " " + value));
              kinds.add(
                  literal
                      .list()
                      .ofMinSize(1)
                      .ofMaxSize(3)
                      .map(values -> field + " in (" + String.join(", ", values) + ")"));
              if (type.isText()) {
                kinds.add(
                    Combinators.combine(
                            Arbitraries.of("contains", "startswith", "endswith"),
                            needle(field, records, letters))
                        .as((function, needle) -> function + "(" + field + ", " + needle + ")"));
              }
              return Arbitraries.oneOf(kinds);
            });
  }

  private static FieldType type(String field) {
    return switch (field) {
      case "id", "version", "seats" -> FieldType.INTEGER;
      case "owner", "createdBy", "updatedBy", "rep" -> FieldType.USER;
      case "account" -> FieldType.LOOKUP;
      case "createdAt", "updatedAt", "met_at" -> FieldType.DATETIME;
      case "amount", "price", "share" -> FieldType.DECIMAL;
      case "closes" -> FieldType.DATE;
      case "hot" -> FieldType.BOOLEAN;
      case "stage" -> FieldType.PICKLIST;
      case "tags" -> FieldType.MULTIPICKLIST;
      default -> FieldType.TEXT;
    };
  }

  /** Text is compared for equality only: the evaluator refuses to order it (see package-info). */
  private static Arbitrary<String> operators(FieldType type) {
    return type.isText() || type == FieldType.BOOLEAN
        ? Arbitraries.of("eq", "ne")
        : Arbitraries.of("eq", "ne", "gt", "ge", "lt", "le");
  }

  /** A literal for the field: a value some record holds, nudged or not, or a value of its own. */
  private static Arbitrary<String> literal(
      String field, FieldType type, List<Map<String, Object>> records, String letters) {
    List<Object> held =
        records.stream().map(r -> r.get(field)).filter(Objects::nonNull).distinct().toList();
    return switch (type) {
      case INTEGER, USER, LOOKUP ->
          near(held, Arbitraries.longs().between(-3, 3).map(v -> (Object) v))
              .flatMap(v -> Arbitraries.of(-1L, 0L, 0L, 1L).map(d -> wholeNumber((Long) v, d)));
      case DECIMAL ->
          near(held, decimal().map(v -> (Object) v))
              .flatMap(
                  v ->
                      Arbitraries.of("0", "0", "0.01", "-0.01", "0.005", "-0.25")
                          .map(d -> ((BigDecimal) v).add(new BigDecimal(d)).toPlainString()));
      case DATE ->
          near(held, day().map(v -> (Object) v))
              .flatMap(
                  v ->
                      Arbitraries.of(-1L, 0L, 0L, 1L)
                          .map(d -> quoted(((LocalDate) v).plusDays(d).toString())));
      case DATETIME ->
          near(held, instant().map(v -> (Object) v)).flatMap(v -> dateTimeLiteral((Instant) v));
      case BOOLEAN -> Arbitraries.of("true", "false");
      case MULTIPICKLIST -> {
        List<Object> options = new ArrayList<>(TAGS);
        held.forEach(
            list ->
                options.add(
                    String.join(";", ((List<?>) list).stream().map(Object::toString).toList())));
        options.addAll(List.of("y", "a", "", "x;Y"));
        yield Arbitraries.of(options).map(o -> quoted((String) o));
      }
      default ->
          near(held, text(letters, 0, 3).map(v -> (Object) v))
              .flatMap(v -> textVariant((String) v, letters))
              .map(FilterQueryAgreementTest::quoted);
    };
  }

  private static String wholeNumber(long value, long delta) {
    if ((delta > 0 && value > Long.MAX_VALUE - delta)
        || (delta < 0 && value < Long.MIN_VALUE - delta)) {
      return Long.toString(value);
    }
    return Long.toString(value + delta);
  }

  /** The instant nudged by nothing, a microsecond, or less (which rounds), in a few spellings. */
  private static Arbitrary<String> dateTimeLiteral(Instant instant) {
    return Combinators.combine(
            Arbitraries.of(0L, 0L, 1000L, -1000L, 400L, 500L, -500L, 1_000_000_000L),
            Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHours(-5)),
            Arbitraries.of(false, false, false, true))
        .as(
            (nanos, offset, dateOnly) -> {
              Instant nudged = instant.plusNanos(nanos);
              return quoted(
                  dateOnly
                      ? LocalDate.ofInstant(nudged, ZoneOffset.UTC).toString()
                      : OffsetDateTime.ofInstant(nudged, offset).toString());
            });
  }

  /** The text as it is, in other case, longer, or a part of it. */
  private static Arbitrary<String> textVariant(String text, String letters) {
    return Arbitraries.oneOf(
        Arbitraries.just(text),
        Arbitraries.just(text),
        Arbitraries.just(text.toUpperCase(Locale.ROOT)),
        Arbitraries.just(FilterBinder.lowerCase(text)),
        text(letters, 1, 1).map(extra -> text + extra),
        part(text));
  }

  /** A piece of a held text (of the field, or any), in any case: for contains and its kin. */
  private static Arbitrary<String> needle(
      String field, List<Map<String, Object>> records, String letters) {
    List<Object> held = new ArrayList<>();
    for (Map<String, Object> record : records) {
      Object value = record.get(field);
      if (value instanceof List<?> options) {
        held.add(String.join(";", options.stream().map(Object::toString).toList()));
      } else if (value != null) {
        held.add(value);
      }
    }
    return near(held, text(letters, 0, 2).map(v -> (Object) v))
        .flatMap(v -> part((String) v))
        .flatMap(
            part ->
                Arbitraries.of(
                    part,
                    part.toUpperCase(Locale.ROOT),
                    FilterBinder.lowerCase(part),
                    swapCase(part)))
        .map(FilterQueryAgreementTest::quoted);
  }

  private static Arbitrary<String> part(String text) {
    int[] codePoints = text.codePoints().toArray();
    return Arbitraries.integers()
        .between(0, codePoints.length)
        .flatMap(
            start ->
                Arbitraries.integers()
                    .between(start, codePoints.length)
                    .map(end -> new String(codePoints, start, end - start)));
  }

  private static String swapCase(String text) {
    StringBuilder swapped = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                swapped.appendCodePoint(
                    Character.isUpperCase(c)
                        ? Character.toLowerCase(c)
                        : Character.toUpperCase(c)));
    return swapped.toString();
  }

  /** Mostly a value some record holds, so that comparisons come out both ways. */
  private static Arbitrary<Object> near(List<Object> held, Arbitrary<Object> own) {
    return held.isEmpty()
        ? own
        : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(held)), Tuple.of(1, own));
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
