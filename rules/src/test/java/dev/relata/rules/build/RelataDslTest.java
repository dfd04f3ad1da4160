package dev.relata.rules.build;

import static dev.relata.rules.RuleFixtures.STANDARD;
import static dev.relata.rules.RuleFixtures.build;
import static dev.relata.rules.RuleFixtures.create;
import static dev.relata.rules.RuleFixtures.drl;
import static dev.relata.rules.RuleFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.rules.RuleFixtures;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.run.LiveRuleEngine;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RelataDslTest {
  private static final String ENGLISH_RULES =
      """
      package relata;

      rule "A won opportunity needs an amount"
      when
        the opportunity stage is "won"
        the opportunity amount is empty
      then
        reject the opportunity amount with "A won opportunity needs an amount" / "赢单的商机必须填写金额"
      end

      rule "A won opportunity is certain"
      when
        the opportunity stage is "won"
      then
        set the opportunity probability to 100
      end

      rule "Urgent requests go to the head of Service"
      when
        the service request is being created
        the service request priority is "urgent"
      then
        assign the owner to the head of department "service"
      end
      """;

  private static final String CHINESE_RULES =
      """
      package relata;

      rule "赢单的商机必须填写金额"
      when
        商机阶段为"won"
        商机金额为空
      then
        拒绝商机金额，提示“赢单的商机必须填写金额”，英文“A won opportunity needs an amount”
      end

      rule "赢单的商机赢率为百分之百"
      when
        商机阶段为"won"
      then
        将商机赢率设为100
      end

      rule "紧急工单交给服务部负责人"
      when
        正在新建服务工单
        服务工单优先级为"urgent"
      then
        将负责人设为部门“service”的负责人
      end
      """;

  static Stream<Arguments> theSameRulesInBothLanguages() {
    return Stream.of(
        Arguments.of("sales/rules_en.dslr", ENGLISH_RULES),
        Arguments.of("sales/rules_zh.dslr", CHINESE_RULES));
  }

  @ParameterizedTest
  @MethodSource("theSameRulesInBothLanguages")
  void rulesWrittenInEitherLanguageDecideAlikeWithoutADslFileOfTheirOwn(String path, String dslr) {
    RuleBase base = baseOf(path, dslr);

    RuleOutcome wonWithoutAmount =
        LiveRuleEngine.apply(base, create("opportunity", Map.of("name", "Big", "stage", "won")));
    RuleOutcome wonWithAmount =
        LiveRuleEngine.apply(
            base,
            create(
                "opportunity", Map.of("name", "Big", "stage", "won", "amount", new BigDecimal(9))));
    RuleOutcome urgent =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "Down", "priority", "urgent")));
    RuleOutcome low =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "Slow", "priority", "low")));

    assertThat(wonWithoutAmount.problems())
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(tuple("amount", "A won opportunity needs an amount"));
    assertThat(wonWithoutAmount.problems().get(0).text().in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("赢单的商机必须填写金额");
    assertThat(wonWithAmount.accepted()).isTrue();
    assertThat((BigDecimal) wonWithAmount.changes().get("probability")).isEqualByComparingTo("100");
    assertThat(urgent.owner()).isEqualTo(21L);
    assertThat(low.owner()).isNull();
  }

  @Test
  void theSentencesQuotedInTheIssueWorkLiterally() {
    RuleBase base =
        baseOf(
            "sales/literal.dslr",
            """
            package relata;

            rule "English"
            when
              the opportunity amount is greater than 100000
            then
              reject amount with "Too big"
              set probability to 10
            end

            rule "Chinese"
            when
              商机金额大于100000
            then
              拒绝amount,提示"太大了"
              将probability设为10
            end
            """);

    RuleOutcome outcome =
        LiveRuleEngine.apply(
            base,
            create("opportunity", Map.of("name", "Huge", "amount", new BigDecimal("200000"))));

    assertThat(outcome.problems())
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactlyInAnyOrder(tuple("amount", "Too big"), tuple("amount", "太大了"));
  }

  @Test
  void datesChangesListsAndTextReadAsTheirDrlWould() {
    RuleBase base =
        baseOf(
            "sales/more.dslr",
            """
            package relata;

            rule "A contract cannot end before it is signed up to"
            when
              the contract end date is before "2026-01-31"
            then
              reject the contract end date with "Too early"
            end

            rule "A won opportunity stays won"
            when
              the opportunity stage was "won"
              the opportunity stage changed
              the record is being updated
            then
              reject the opportunity stage with "A won opportunity stays won"
            end

            rule "Billing questions go to the service managers"
            when
              服务工单主题包含"billing"
              > ServiceRequest( subject matches "(?i)bill.*" )
              服务工单优先级为"low","medium"之一
            then
              将负责人设为角色"service_manager"的第一个在职用户
            end
            """);

    RuleOutcome early =
        LiveRuleEngine.apply(
            base, create("contract", Map.of("end_date", LocalDate.of(2026, 1, 30))));
    RuleOutcome inTime =
        LiveRuleEngine.apply(
            base, create("contract", Map.of("end_date", LocalDate.of(2026, 1, 31))));
    RuleOutcome reopened =
        LiveRuleEngine.apply(
            base,
            update("opportunity", Map.of("name", "X", "stage", "won"), Map.of("stage", "lost")));
    RuleOutcome billing =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "billing", "priority", "low")));
    RuleOutcome urgentBilling =
        LiveRuleEngine.apply(
            base, create("service_request", Map.of("subject", "billing", "priority", "urgent")));

    assertThat(early.problems()).extracting(FieldProblem::field).containsExactly("end_date");
    assertThat(inTime.accepted()).isTrue();
    assertThat(reopened.problems()).extracting(FieldProblem::field).containsExactly("stage");
    assertThat(billing.owner()).isEqualTo(31L);
    assertThat(urgentBilling.owner()).isNull();
  }

  @Test
  void aSentenceWithNoMappingIsAProblemOnItsFileAndLine() {
    BuildResult result =
        build(
            "sales/moon.dslr",
            """
            package relata;

            rule "Unmapped"
            when
              the opportunity stage is "won"
              the moon is full
            then
              拒绝月亮
            end
            """);

    assertThat(result.ok()).isFalse();
    assertThat(result.problems())
        .extracting(BuildProblem::path, BuildProblem::line)
        .containsExactly(tuple("sales/moon.dslr", 6), tuple("sales/moon.dslr", 8));
    assertThat(result.problems().get(0).message())
        .isEqualTo(
            "no sentence matches \"the moon is full\": write it as a sentence of the Relata DSL"
                + " (see docs/rules.md), or add it to a .dsl file");
    assertThat(result.problems().get(1).message()).contains("\"拒绝月亮\"");
  }

  @Test
  void aMisspeltFieldIsReportedOnItsLine() {
    BuildResult result =
        build(
            "sales/typo.dslr",
            """
            package relata;

            rule "Typo"
            when
              the opportunity amout is empty
            then
            end
            """);

    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("sales/typo.dslr");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("amout");
            });
  }

  @Test
  void aFieldAddedAtRuntimeHasSentencesInBothLanguages() {
    FieldDefinition discount =
        FieldRules.normalize(
            FieldDefinition.builder("discount", FieldType.PERCENT)
                .labels(Labels.of("Discount", "折扣"))
                .build());
    FieldDefinition tags =
        FieldRules.normalize(
            FieldDefinition.builder("tags", FieldType.MULTIPICKLIST)
                .labels(Labels.of("Tags", "标签"))
                .options(
                    List.of(
                        new PicklistOption("a", Labels.of("A"), 1, true),
                        new PicklistOption("b", Labels.of("B"), 2, true)))
                .build());
    Catalog catalog = with(STANDARD.require("opportunity").withField(discount).withField(tags));
    String dslr =
        """
        package relata;

        rule "Big discounts"
        when
          the opportunity discount is greater than 30
        then
          reject the opportunity discount with "At most 30%"
        end

        rule "大折扣"
        when
          商机折扣大于40
        then
          清空商机赢率
          将商机标签设为"b", "a"
        end
        """;

    BuildResult result = RuleBuilder.build(catalog, List.of(new RuleFile("x/d.dslr", dslr)), 0);
    RuleOutcome outcome =
        LiveRuleEngine.apply(
            result.base(),
            write(
                catalog,
                "opportunity",
                Map.of("discount", new BigDecimal(50), "probability", new BigDecimal(20))));

    assertThat(RelataDsl.english(STANDARD)).doesNotContain("discount");
    assertThat(RelataDsl.english(catalog))
        .contains(
            "[when]the opportunity discount is greater than {number}"
                + "=Opportunity( discount > {number} )");
    assertThat(RelataDsl.chinese(catalog))
        .contains("[when]商机折扣大于{number}=Opportunity( discount > {number} )");
    assertThat(result.problems()).isEmpty();
    assertThat(outcome.problems())
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(tuple("discount", "At most 30%"));
    assertThat(outcome.changes())
        .containsEntry("probability", null)
        .containsEntry("tags", List.of("a", "b"));
  }

  @Test
  void anAdministratorsDslFileWorksBesideTheBuiltInSentencesAndIsTriedFirst() {
    String dsl =
        """
        [when]the deal is big=Opportunity( amount > 100000 )
        [when]the opportunity stage is "lost"=Opportunity( stage == "lost", amount != null )
        [then]mark it as likely=set("probability", 90);
        """;
    String dslr =
        """
        package relata;

        rule "Big deals are likely"
        when
          the deal is big
          the opportunity stage is not "lost"
        then
          mark it as likely
        end

        rule "Lost with an amount"
        when
          the opportunity stage is "lost"
        then
          reject the record with "Lost with an amount"
        end
        """;

    BuildResult result = build("sales/words.dsl", dsl, "sales/big.dslr", dslr);
    RuleOutcome big =
        LiveRuleEngine.apply(
            result.base(),
            create(
                "opportunity",
                Map.of("name", "B", "stage", "proposal", "amount", new BigDecimal(200000))));
    RuleOutcome lostWithoutAmount =
        LiveRuleEngine.apply(
            result.base(), create("opportunity", Map.of("name", "L", "stage", "lost")));

    assertThat(result.problems()).isEmpty();
    assertThat((BigDecimal) big.changes().get("probability")).isEqualByComparingTo("90");
    assertThat(lostWithoutAmount.accepted()).as("the admin's sentence wins").isTrue();
  }

  @Test
  void labelsWithCharactersSpecialToDslOrRegularExpressionsStillMakeSentences() {
    EntityDefinition gadget =
        entity(
            "gadget",
            Labels.of("Gadget (beta)", "小工具（测试）"),
            field(
                "price",
                FieldType.CURRENCY,
                "Price = {net} [USD]. \"list\" #1 \\ $x ^",
                "价格=【净】“列表”"),
            field("rating", FieldType.INTEGER, "Rating 😀 + *?|", "评分😀"),
            field("sku", FieldType.TEXT, "Code", "编码"),
            field("legacy_sku", FieldType.TEXT, "code", "编码"),
            field("colour", FieldType.TEXT, "Sku", "颜色"));
    Catalog catalog = with(gadget);
    String dslr =
        """
        package relata;

        rule "Special"
        when
          the gadget (beta) price = {net} [USD]. "list" #1 \\ $x ^ is at least 10
          the gadget (beta) rating 😀 + *?| is 5
          小工具（测试）价格=【净】“列表”大于9
          小工具（测试）评分😀为5
          the gadget (beta) sku is "A"
        then
          reject the gadget (beta) rating 😀 + *?| with "Special"
        end
        """;

    BuildResult result = RuleBuilder.build(catalog, List.of(new RuleFile("x/s.dslr", dslr)), 0);
    RuleOutcome outcome =
        LiveRuleEngine.apply(
            result.base(),
            write(
                catalog, "gadget", Map.of("price", new BigDecimal(10), "rating", 5L, "sku", "A")));
    String english = RelataDsl.english(catalog);

    assertThat(result.problems()).isEmpty();
    assertThat(outcome.problems()).extracting(FieldProblem::field).containsExactly("rating");
    assertThat(english)
        .contains("# \"the gadget (beta) code\" would name gadget.sku, gadget.legacy_sku")
        .contains("# gadget.colour: its label \"Sku\" is the api name of another field")
        .doesNotContain("the gadget \\u0028beta\\u0029 code is");
    assertThat(RelataDsl.chinese(catalog))
        .contains("“小工具（测试）编码”会同时指 gadget.sku, gadget.legacy_sku");
    assertThat(parseErrors(english)).isEmpty();
    assertThat(parseErrors(RelataDsl.chinese(catalog))).isEmpty();
  }

  @Test
  void twoEntitiesWithOneLabelAreNamedByTheirApiNamesAndShippedSentencesWin() {
    FieldDefinition title = field("title", FieldType.TEXT, "Title", "标题");
    Catalog catalog =
        with(
            entity("ticket", Labels.of("Request", "请求"), title),
            entity("demand", Labels.of("Request", "请求"), title),
            entity("entry", Labels.of("Record", "记录"), title));

    String english = RelataDsl.english(catalog);
    String chinese = RelataDsl.chinese(catalog);

    assertThat(english)
        .contains("[when]the ticket title is empty=Ticket( title == null )")
        .contains("[when]the demand title is empty=Demand( title == null )")
        .doesNotContain("the request title")
        .contains("# \"the record is being created\" is also another sentence")
        .contains("[when]the record is being created=Write( create )")
        .doesNotContain("[when]the record is being created=Entry( ) Write( create )")
        .contains("[when]the record title is empty=Entry( title == null )");
    assertThat(chinese)
        .contains("[when]ticket标题为空=Ticket( title == null )")
        .contains("“正在新建记录”与另一个句子相同")
        .doesNotContain("[when]正在新建记录=Entry( ) Write( create )");
  }

  @ParameterizedTest
  @EnumSource(DslLanguage.class)
  void everyGeneratedSentenceExpandsToItsOwnDrlAndNoOtherSentenceTakesItsLine(
      DslLanguage language) {
    List<DslSentence> conditions = new ArrayList<>();
    List<DslSentence> consequences = new ArrayList<>();
    for (DslSentences.Block block :
        DslSentences.generate(STANDARD, language, BuiltInDsl.shippedKeys(language))) {
      for (DslSentence sentence : block.sentences()) {
        (sentence.section() == DSLMappingEntry.CONDITION ? conditions : consequences).add(sentence);
      }
    }
    StringBuilder dslr = new StringBuilder("package relata;\n\nrule \"All\"\nwhen\n");
    conditions.forEach(s -> dslr.append("  ").append(sampleLine(s.key())).append('\n'));
    dslr.append("then\n");
    consequences.forEach(s -> dslr.append("  ").append(sampleLine(s.key())).append('\n'));
    dslr.append("end\n");

    DefaultExpander expander = new DefaultExpander();
    expander.addDSLMapping(new BuiltInDsl(STANDARD).mappingFor(dslr.toString()));
    List<String> lines = expander.expand(dslr.toString()).lines().map(String::strip).toList();

    assertThat(expander.getErrors()).isEmpty();
    List<String> expected = new ArrayList<>();
    conditions.forEach(s -> expected.add(withSampleValues(s.drl())));
    consequences.forEach(s -> expected.add(withSampleValues(s.drl())));
    List<String> expanded = new ArrayList<>(lines.subList(4, 4 + conditions.size()));
    expanded.addAll(
        lines.subList(5 + conditions.size(), 5 + conditions.size() + consequences.size()));
    assertThat(expanded).containsExactlyElementsOf(expected);
    assertThat(conditions.size() + consequences.size()).isGreaterThan(500);
  }

  @Test
  void buildsWithoutDslrFilesNeverGenerateTheDslAndOthersGenerateItOnce() {
    String rule = "rule \"R%d\"\nwhen\n  Opportunity( amount > %d )\nthen\nend\n";
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      files.add("sales/r" + i + ".drl");
      files.add(drl(String.format(rule, i, i)));
    }
    files.add("sales/words.dsl");
    files.add("[when]the deal is big=Opportunity( amount > 100000 )\n");
    String dslr = "package relata;\n\nrule \"D%s\"\nwhen\n  the deal is big\nthen\nend\n";

    int before = BuiltInDsl.generations();
    BuildResult plain = build(files.toArray(String[]::new));
    int afterPlain = BuiltInDsl.generations();
    files.addAll(
        List.of("a/one.dslr", String.format(dslr, 1), "a/two.dslr", String.format(dslr, 2)));
    BuildResult withDslr = build(files.toArray(String[]::new));
    int afterDslr = BuiltInDsl.generations();

    assertThat(plain.ok()).isTrue();
    assertThat(withDslr.problems()).isEmpty();
    assertThat(afterPlain - before).isZero();
    assertThat(afterDslr - afterPlain).isEqualTo(1);
  }

  @Test
  void theGeneratedDslShowsTheSentencesOfTheIssue() {
    assertThat(RelataDsl.english(STANDARD))
        .contains(
            "[when]the opportunity amount is greater than {number}=Opportunity( amount > {number} )")
        .contains("[then]set the opportunity probability to {value}=set(\"probability\", {value});")
        .contains(
            "[then]reject {field:[a-z][a-z0-9_]*} with \"{message}\"=reject(\"{field}\", \"{message}\");")
        .contains("[when]the contract number is empty=Contract( contract_no == null )");
    assertThat(RelataDsl.chinese(STANDARD))
        .contains("[when]商机金额大于{number}=Opportunity( amount > {number} )")
        .contains("[then]将商机赢率设为{value}=set(\"probability\", {value});")
        .contains("[when]服务工单编号为空=ServiceRequest( request_no == null )");
    assertThat(parseErrors(RelataDsl.english(STANDARD))).isEmpty();
    assertThat(parseErrors(RelataDsl.chinese(STANDARD))).isEmpty();
  }

  /** The line an analyst would write for a sentence key. */
  private static String sampleLine(String key) {
    String line = withSampleValues(key);
    Matcher escape = Pattern.compile("\\\\u([0-9A-F]{4})").matcher(line);
    line =
        escape.replaceAll(
            m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    // a character class offers its first character: [,，] is written ","
    return line.replaceAll("\\[(.)[^\\]]*\\]", "$1");
  }

  /** Sentence key or DRL with the same value for each variable. */
  private static String withSampleValues(String text) {
    Map<String, String> values =
        Map.of(
            "number", "5",
            "values", "\"a\", \"b\"",
            "value", "\"v\"",
            "date", "\"2026-01-31\"",
            "message", "m",
            "english", "e",
            "chinese", "c",
            "field", "amount");
    Matcher variable = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(text);
    return variable.replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
  }

  private static List<?> parseErrors(String dsl) {
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    try {
      file.parseAndLoad(new StringReader(dsl));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return file.getErrors();
  }

  private static RuleBase baseOf(String path, String dslr) {
    BuildResult result = build(path, dslr);
    assertThat(result.problems()).isEmpty();
    return result.base();
  }

  private static Catalog with(EntityDefinition... changed) {
    List<EntityDefinition> entities = new ArrayList<>(STANDARD.all());
    for (EntityDefinition entity : changed) {
      entities.removeIf(e -> e.name().equals(entity.name()));
      entities.add(entity);
    }
    return new Catalog(entities);
  }

  private static EntityDefinition entity(String name, Labels labels, FieldDefinition... fields) {
    return new EntityDefinition(
        name, labels, labels, fields[0].name(), false, false, "t_" + name, List.of(fields));
  }

  private static FieldDefinition field(
      String name, FieldType type, String english, String chinese) {
    return FieldRules.normalize(
        FieldDefinition.builder(name, type).labels(Labels.of(english, chinese)).build());
  }

  private static RecordWrite write(Catalog catalog, String entity, Map<String, Object> values) {
    return RuleFixtures.create(catalog, entity, values);
  }
}
