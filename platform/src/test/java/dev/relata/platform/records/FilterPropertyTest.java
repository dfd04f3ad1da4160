package dev.relata.platform.records;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Definitions.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.model.FieldType;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.math.BigDecimal;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * For random records and random filters, the records the database returns are exactly those an
 * independent evaluation of the filter in Java selects: the filter language means the same in SQL
 * as in its documentation (two-valued logic, case-insensitive text matches, literal wildcards,
 * multipicklist membership).
 */
class FilterPropertyTest {
  private static final List<String> FIELDS =
      List.of("name", "num", "amount", "flag", "due", "colour", "tags");
  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
  private static final List<BigDecimal> AMOUNTS =
      List.of(
          new BigDecimal("-1.5"),
          BigDecimal.ZERO,
          new BigDecimal("0.25"),
          new BigDecimal("2"),
          new BigDecimal("2.50"));
  private static final String ALPHABET = "aB%_' ";
  private Relata relata;
  private Actor admin;

  @BeforeProperty
  void givenAnItemEntity() {
    relata = TestRelata.withStandardObjects();
    admin = TestRelata.admin(relata);
    relata
        .metadata()
        .createEntity(
            entity(
                "item",
                field("num", FieldType.INTEGER).build(),
                field("amount", FieldType.DECIMAL).precision(10).scale(2).build(),
                field("flag", FieldType.BOOLEAN).build(),
                field("due", FieldType.DATE).build(),
                field("colour", FieldType.PICKLIST)
                    .options(options("red", "green", "blue"))
                    .build(),
                field("tags", FieldType.MULTIPICKLIST).options(options("x", "y", "z")).build()),
            "test");
  }

  @AfterProperty
  void close() {
    relata.close();
  }

  @BeforeTry
  void withNoItems() {
    relata
        .database()
        .execute(
            c -> {
              try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM t_item");
              }
            });
  }

  @Property(tries = 200)
  void theDatabaseSelectsExactlyWhatTheReferenceEvaluationSelects(
      @ForAll("items") List<Map<String, Object>> items, @ForAll("filters") Expr filter) {
    List<Long> expected = new ArrayList<>();
    for (Map<String, Object> item : items) {
      long id = (Long) relata.records().create("item", item, admin).get("id");
      if (filter.test(item)) {
        expected.add(id);
      }
    }

    RecordPage page =
        relata.records().list("item", RecordQuery.of(filter.text(), null, 0, 500), admin);

    assertThat(page.items())
        .as(filter.text())
        .extracting(r -> (Long) r.get("id"))
        .containsExactlyElementsOf(expected);
    assertThat(page.total()).isEqualTo(expected.size());
  }

  // ---- random records ----

  @Provide
  Arbitrary<List<Map<String, Object>>> items() {
    Arbitrary<Map<String, Object>> item =
        Combinators.combine(
                // Stored text is trimmed and a blank required name is missing: names as stored.
                text(1, 3).filter(name -> !name.isBlank() && name.equals(name.strip())),
                orNull(Arbitraries.longs().between(-3, 3)),
                orNull(Arbitraries.of(AMOUNTS)),
                orNull(Arbitraries.of(true, false)),
                orNull(Arbitraries.of(DAYS)),
                orNull(Arbitraries.of("red", "green", "blue")),
                orNull(Arbitraries.subsetOf("x", "y", "z").map(s -> s.stream().sorted().toList())))
            .as(
                (name, n, amount, flag, day, colour, tags) ->
                    Values.of(
                        "name",
                        name,
                        "num",
                        n,
                        "amount",
                        amount,
                        "flag",
                        flag,
                        "due",
                        day == null ? null : day.toString(),
                        "colour",
                        colour,
                        "tags",
                        tags));
    return item.list().ofMaxSize(10);
  }

  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.strings().withChars(ALPHABET).ofMinLength(min).ofMaxLength(max);
  }

  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return values.injectNull(0.25);
  }

  // ---- random filters, each with its own evaluation ----

  @Provide
  Arbitrary<Expr> filters() {
    return expression(3);
  }

  private Arbitrary<Expr> expression(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Arbitrary<Expr> inner = expression(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf()),
        Tuple.of(1, inner.map(Not::new)),
        Tuple.of(1, Combinators.combine(inner, inner).as(And::new)),
        Tuple.of(1, Combinators.combine(inner, inner).as(Or::new)));
  }

  private Arbitrary<Expr> leaf() {
    return Arbitraries.oneOf(
        nullCheck(),
        compare("num", Arbitraries.longs().between(-3, 3), String::valueOf, true),
        compare("amount", Arbitraries.of(AMOUNTS), BigDecimal::toPlainString, true),
        compare("due", Arbitraries.of(DAYS), d -> "'" + d + "'", true),
        compare("flag", Arbitraries.of(true, false), String::valueOf, false),
        compare(
            "colour", Arbitraries.of("red", "green", "blue", "pink"), c -> "'" + c + "'", false),
        compare("name", text(0, 2), FilterPropertyTest::quoted, false),
        Arbitraries.of("red", "green", "blue", "pink")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(values -> new In("colour", values)),
        Combinators.combine(Arbitraries.of("contains", "startswith", "endswith"), text(0, 2))
            .as(TextMatch::new),
        Combinators.combine(Arbitraries.of("eq", "ne"), Arbitraries.of("x", "y", "z", "w"))
            .as(Holds::new),
        Arbitraries.of("x", "y", "z").list().ofMinSize(1).ofMaxSize(2).map(HoldsAny::new));
  }

  private Arbitrary<Expr> nullCheck() {
    return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of(true, false))
        .as(NullCheck::new);
  }

  private static <T> Arbitrary<Expr> compare(
      String field,
      Arbitrary<T> values,
      java.util.function.Function<T, String> literal,
      boolean ordered) {
    Arbitrary<String> operators =
        ordered ? Arbitraries.of("eq", "ne", "gt", "ge", "lt", "le") : Arbitraries.of("eq", "ne");
    return Combinators.combine(operators, values)
        .as((op, value) -> new Compare(field, op, literal.apply(value), value));
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A filter as text, and what it means for one record, evaluated independently of SQL. */
  sealed interface Expr extends Predicate<Map<String, Object>> {
    String text();
  }

  record Not(Expr operand) implements Expr {
    public String text() {
      return "not (" + operand.text() + ")";
    }

    public boolean test(Map<String, Object> r) {
      return !operand.test(r);
    }
  }

  record And(Expr left, Expr right) implements Expr {
    public String text() {
      return "(" + left.text() + ") and (" + right.text() + ")";
    }

    public boolean test(Map<String, Object> r) {
      return left.test(r) && right.test(r);
    }
  }

  record Or(Expr left, Expr right) implements Expr {
    public String text() {
      return "(" + left.text() + ") or (" + right.text() + ")";
    }

    public boolean test(Map<String, Object> r) {
      return left.test(r) || right.test(r);
    }
  }

  /** {@code field eq null} or {@code field ne null}; an empty multipicklist is no value. */
  record NullCheck(String field, boolean isNull) implements Expr {
    public String text() {
      return field + (isNull ? " eq null" : " ne null");
    }

    public boolean test(Map<String, Object> r) {
      return (value(r, field) == null) == isNull;
    }
  }

  /** Two-valued: a comparison with a missing value is false, except ne, which is true. */
  record Compare(String field, String op, String literal, Object operand) implements Expr {
    public String text() {
      return field + " " + op + " " + literal;
    }

    public boolean test(Map<String, Object> r) {
      Object value = value(r, field);
      if (value == null) {
        return op.equals("ne");
      }
      int order = compare(value, operand);
      return switch (op) {
        case "eq" -> order == 0;
        case "ne" -> order != 0;
        case "gt" -> order > 0;
        case "ge" -> order >= 0;
        case "lt" -> order < 0;
        default -> order <= 0;
      };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object operand) {
      if (value instanceof BigDecimal d) {
        return d.compareTo((BigDecimal) operand);
      }
      if (value instanceof String s && operand instanceof LocalDate day) {
        return LocalDate.parse(s).compareTo(day);
      }
      if (value instanceof Boolean || value instanceof String) {
        return value.equals(operand) ? 0 : 1;
      }
      return ((Comparable) value).compareTo(operand);
    }
  }

  record In(String field, List<String> values) implements Expr {
    public String text() {
      return field
          + " in ("
          + values.stream().map(FilterPropertyTest::quoted).collect(Collectors.joining(", "))
          + ")";
    }

    public boolean test(Map<String, Object> r) {
      Object value = value(r, field);
      return value != null && values.contains(value);
    }
  }

  /** Case-insensitive; % and _ are literal characters. */
  record TextMatch(String function, String fragment) implements Expr {
    public String text() {
      return function + "(name, " + quoted(fragment) + ")";
    }

    public boolean test(Map<String, Object> r) {
      String name = ((String) r.get("name")).toLowerCase(Locale.ROOT);
      String part = fragment.toLowerCase(Locale.ROOT);
      return switch (function) {
        case "contains" -> name.contains(part);
        case "startswith" -> name.startsWith(part);
        default -> name.endsWith(part);
      };
    }
  }

  /** Multipicklist membership: {@code tags eq 'x'} holds x, {@code ne} does not. */
  record Holds(String op, String option) implements Expr {
    public String text() {
      return "tags " + op + " '" + option + "'";
    }

    public boolean test(Map<String, Object> r) {
      Object tags = value(r, "tags");
      boolean holds = tags != null && ((Collection<?>) tags).contains(option);
      return op.equals("eq") == holds;
    }
  }

  record HoldsAny(List<String> options) implements Expr {
    public String text() {
      return "tags in ("
          + options.stream().map(FilterPropertyTest::quoted).collect(Collectors.joining(", "))
          + ")";
    }

    public boolean test(Map<String, Object> r) {
      Object tags = value(r, "tags");
      return tags != null && options.stream().anyMatch(((Collection<?>) tags)::contains);
    }
  }

  private static Object value(Map<String, Object> record, String field) {
    Object value = record.get(field);
    if (value instanceof Collection<?> c && c.isEmpty()) {
      return null;
    }
    return Objects.equals(value, "") ? null : value;
  }
}
