package dev.relata.metadata.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final String BUNDLE = "/dev/relata/metadata/error/messages";

  @Test
  void aMessageIsEnglishInTheApiAndChineseForAChineseReader() {
    Message message = Message.of("request.problems", 3);

    assertThat(message.english()).isEqualTo("The request has 3 problems; see fields.");
    assertThat(message.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("请求有 3 处问题，详见各字段。");
    assertThat(message.in(Locale.forLanguageTag("zh-TW"))).contains("请求有 3 处问题");
  }

  @Test
  void anyOtherLanguageGetsEnglishWhateverTheServersDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Message.of("request.problems", 2).in(Locale.GERMAN))
          .isEqualTo("The request has 2 problems; see fields.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aMessageGivenAsArgumentIsShownInTheSameLanguage() {
    Message outer = Message.of("import.in_file", "deal.json", Message.of("request.problems", 4));

    assertThat(outer.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("deal.json：请求有 4 处问题，详见各字段。");
    assertThat(outer.english()).isEqualTo("deal.json: The request has 4 problems; see fields.");
  }

  @Test
  void aKeyWithoutTextStillShowsItsFacts() {
    assertThat(Message.of("no.such.key", "customer", 7).english())
        .isEqualTo("no.such.key [customer, 7]");
  }

  @Test
  void exceptionsAnswerInEnglishAndKeepTheirMessageForPages() {
    RelataException e =
        RelataException.invalid(
            java.util.List.of(
                FieldProblem.of("a", "required", "request.problems", 1),
                FieldProblem.of("b", "required", "request.problems", 1)));

    assertThat(e.getMessage()).isEqualTo("The request has 2 problems; see fields.");
    assertThat(e.text().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("请求有 2 处问题，详见各字段。");
    assertThat(e.problems().get(0).message()).isEqualTo("The request has 1 problems; see fields.");
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndTheSamePlaceholders() throws IOException {
    Properties en = load(BUNDLE + ".properties");
    Properties zh = load(BUNDLE + "_zh_CN.properties");

    assertThat(zh.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as(key).isNotBlank();
      assertThat(zh.getProperty(key)).as(key).isNotBlank();
      assertThat(slots(zh.getProperty(key))).as(key).isEqualTo(slots(en.getProperty(key)));
    }
  }

  @Test
  void everyTextFormatsInBothLanguagesAndEveryChineseTextIsChinese() throws IOException {
    Properties en = load(BUNDLE + ".properties");
    Properties zh = load(BUNDLE + "_zh_CN.properties");

    for (String key : en.stringPropertyNames()) {
      Object[] args = sampleArguments(en.getProperty(key));
      String english = new MessageFormat(en.getProperty(key), Locale.ROOT).format(args);
      String chinese =
          new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(args);

      // A stray apostrophe quotes what follows it, placeholders included: they would show as-is.
      assertThat(english)
          .as(key)
          .doesNotContainPattern("\\{\\d}")
          .doesNotContainPattern("\\p{IsHan}");
      assertThat(chinese).as(key).doesNotContainPattern("\\{\\d}");
      if (hasWords(en.getProperty(key))) {
        assertThat(chinese).as(key).containsPattern("\\p{IsHan}");
      }
    }
  }

  @Test
  void aCountOfRecordsIsSingularForOne() {
    assertThat(
            Message.of("schema.change_loses_data", Message.of("request.problems", 2), 1L).english())
        .contains("(1 record)");
    assertThat(Message.of("schema.change_loses_data", "x", 1234L).english())
        .contains("(1,234 records)");
    assertThat(Message.of("revision.not_found", 12345L).english())
        .isEqualTo("There is no revision 12345.");
  }

  /** A number for each placeholder that formats numbers, a word for the others. */
  private static Object[] sampleArguments(String pattern) {
    java.text.Format[] formats = new MessageFormat(pattern).getFormatsByArgumentIndex();
    Object[] args = new Object[formats.length];
    for (int i = 0; i < args.length; i++) {
      args[i] = formats[i] instanceof java.text.NumberFormat ? (Object) 12 : "x";
    }
    return args;
  }

  /** Whether a pattern says anything in words besides its placeholders. */
  private static boolean hasWords(String pattern) {
    return pattern.replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{IsLatin}{3,}.*");
  }

  /** The highest argument index a pattern uses, plus one; MessageFormat also proves it parses. */
  private static int slots(String pattern) {
    return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
