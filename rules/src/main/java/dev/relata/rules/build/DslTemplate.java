package dev.relata.rules.build;

import dev.relata.metadata.model.FieldType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;

/**
 * The shape of a generated sentence, in English and Chinese, and the DRL it stands for. In the
 * sentence texts {@code <s>} is the subject: an entity (“opportunity”, 商机) or an entity and one of
 * its fields (“opportunity amount”, 商机金额). In the DRL {@code %T} is the fact type, {@code %f} the
 * field's api name, {@code %v} and {@code %d} the analyst's {@code {value}} and {@code {date}} as
 * the field's Java type needs them (a date written "2026-01-31" is parsed into a LocalDate).
 *
 * <p>Each sentence fills a whole line, so two sentences collide only when both can match all of one
 * line, which happens when one ends in a variable that can swallow the other's words (“is {value}”
 * takes “is not empty”). The lists are therefore ordered most specific first, and the expander
 * tries sentences in that order.
 *
 * @param types the field types it is generated for; empty for sentences about the entity
 * @param byApiName whether it is also generated with the field named by its api name
 */
record DslTemplate(
    DSLMappingEntry.Section section,
    Set<FieldType> types,
    boolean byApiName,
    String english,
    String chinese,
    String drl) {

  private static final DSLMappingEntry.Section WHEN = DSLMappingEntry.CONDITION;
  private static final DSLMappingEntry.Section THEN = DSLMappingEntry.CONSEQUENCE;

  private static final Set<FieldType> ALL = EnumSet.allOf(FieldType.class);
  private static final Set<FieldType> NUMBERS =
      EnumSet.of(FieldType.INTEGER, FieldType.DECIMAL, FieldType.CURRENCY, FieldType.PERCENT);
  private static final Set<FieldType> DATES = EnumSet.of(FieldType.DATE, FieldType.DATETIME);
  private static final Set<FieldType> SINGLE_VALUED =
      EnumSet.complementOf(of(FieldType.MULTIPICKLIST));

  /** Types whose values are compared one by one ({@code in}); dates need a parse per value. */
  private static final Set<FieldType> LISTABLE =
      EnumSet.complementOf(
          EnumSet.of(
              FieldType.MULTIPICKLIST, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME));

  private static final Set<FieldType> CONTAINING =
      EnumSet.of(FieldType.TEXT, FieldType.LONGTEXT, FieldType.MULTIPICKLIST);
  private static final Set<FieldType> SETTABLE = EnumSet.complementOf(of(FieldType.AUTONUMBER));

  /** Full-width and ASCII commas, straight and curly quotes: Chinese input methods type either. */
  private static final String COMMA = "[,\\uFF0C]";

  private static final String OPEN = "[\"\\u201C]";
  private static final String CLOSE = "[\"\\u201D]";

  /** Sentences about the record as a whole. */
  static final List<DslTemplate> ENTITY =
      List.of(
          entity("the <s> is being created", "正在新建<s>", "%T( ) Write( create )"),
          entity("the <s> is being updated", "正在修改<s>", "%T( ) Write( update )"),
          entity("the <s> is being saved", "正在保存<s>", "%T( )"));

  /** Sentences about one field, most specific first. */
  static final List<DslTemplate> FIELD =
      List.of(
          when(
              LISTABLE,
              true,
              "the <s> is not one of {values}",
              "<s>不为{values}之一",
              "%T( %f not in ({values}) )"),
          when(
              LISTABLE,
              true,
              "the <s> is one of {values}",
              "<s>为{values}之一",
              "%T( %f in ({values}) )"),
          when(ALL, true, "the <s> is not empty", "<s>不为空", "%T( %f != null )"),
          when(ALL, true, "the <s> is empty", "<s>为空", "%T( %f == null )"),
          when(
              NUMBERS,
              true,
              "the <s> is at least {number}",
              "<s>大于等于{number}",
              "%T( %f >= {number} )"),
          when(
              NUMBERS,
              true,
              "the <s> is at most {number}",
              "<s>小于等于{number}",
              "%T( %f <= {number} )"),
          when(
              NUMBERS,
              true,
              "the <s> is greater than {number}",
              "<s>大于{number}",
              "%T( %f > {number} )"),
          when(
              NUMBERS,
              true,
              "the <s> is less than {number}",
              "<s>小于{number}",
              "%T( %f < {number} )"),
          when(
              of(FieldType.DATE),
              false,
              "the <s> is before today",
              "<s>早于今天",
              "%T( %f < LocalDate.now() )"),
          when(
              of(FieldType.DATE),
              false,
              "the <s> is after today",
              "<s>晚于今天",
              "%T( %f > LocalDate.now() )"),
          when(DATES, false, "the <s> is on or before {date}", "<s>不晚于{date}", "%T( %f <= %d )"),
          when(DATES, false, "the <s> is on or after {date}", "<s>不早于{date}", "%T( %f >= %d )"),
          when(DATES, false, "the <s> is before {date}", "<s>早于{date}", "%T( %f < %d )"),
          when(DATES, false, "the <s> is after {date}", "<s>晚于{date}", "%T( %f > %d )"),
          when(
              CONTAINING,
              true,
              "the <s> does not contain {value}",
              "<s>不包含{value}",
              "%T( %f not contains {value} )"),
          when(
              CONTAINING,
              true,
              "the <s> contains {value}",
              "<s>包含{value}",
              "%T( %f contains {value} )"),
          when(ALL, true, "the <s> changed", "<s>发生变化", "%T( ) Write( changed(\"%f\") )"),
          when(
              SINGLE_VALUED,
              true,
              "the <s> was {value}",
              "<s>原为{value}",
              "%T( ) Write( before[\"%f\"] == %v )"),
          when(SINGLE_VALUED, true, "the <s> is not {value}", "<s>不为{value}", "%T( %f != %v )"),
          when(SINGLE_VALUED, true, "the <s> is {value}", "<s>为{value}", "%T( %f == %v )"),
          then(
              ALL,
              "reject the <s> with \"{english}\" / \"{chinese}\"",
              "拒绝<s>"
                  + COMMA
                  + "提示"
                  + OPEN
                  + "{chinese}"
                  + CLOSE
                  + COMMA
                  + "英文"
                  + OPEN
                  + "{english}"
                  + CLOSE,
              "reject(\"%f\", \"{english}\", \"{chinese}\");"),
          then(
              ALL,
              "reject the <s> with \"{message}\"",
              "拒绝<s>" + COMMA + "提示" + OPEN + "{message}" + CLOSE,
              "reject(\"%f\", \"{message}\");"),
          then(SETTABLE, "clear the <s>", "清空<s>", "set(\"%f\", null);"),
          then(
              of(FieldType.MULTIPICKLIST),
              "set the <s> to {values}",
              "将<s>设为{values}",
              "set(\"%f\", List.of({values}));"),
          then(
              EnumSet.complementOf(EnumSet.of(FieldType.AUTONUMBER, FieldType.MULTIPICKLIST)),
              "set the <s> to {value}",
              "将<s>设为{value}",
              "set(\"%f\", {value});"));

  boolean appliesTo(FieldType type) {
    return types.contains(type);
  }

  String text(DslLanguage language) {
    return language == DslLanguage.ENGLISH ? english : chinese;
  }

  /** The DRL for a field of {@code type}, or for a field named by a variable when type is null. */
  String drl(String factType, String field, FieldType type) {
    return drl.replace("%T", factType)
        .replace("%f", field)
        .replace("%v", typed("{value}", type))
        .replace("%d", typed("{date}", type));
  }

  /** The analyst writes dates as text ("2026-01-31"); a date field holds a LocalDate. */
  private static String typed(String variable, FieldType type) {
    if (type == FieldType.DATE) {
      return "LocalDate.parse(" + variable + ")";
    }
    if (type == FieldType.DATETIME) {
      return "Instant.parse(" + variable + ")";
    }
    return variable;
  }

  private static DslTemplate entity(String english, String chinese, String drl) {
    return new DslTemplate(WHEN, Set.of(), false, english, chinese, drl);
  }

  private static DslTemplate when(
      Set<FieldType> types, boolean byApiName, String english, String chinese, String drl) {
    return new DslTemplate(WHEN, types, byApiName, english, chinese, drl);
  }

  /** Fields named by api name have their own sentences in the shipped files, for any entity. */
  private static DslTemplate then(
      Set<FieldType> types, String english, String chinese, String drl) {
    return new DslTemplate(THEN, types, false, english, chinese, drl);
  }

  private static EnumSet<FieldType> of(FieldType type) {
    return EnumSet.of(type);
  }
}
