package dev.relata.webapp.faces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.audit.LoginOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every text of the user interface exists in English and Simplified Chinese, with the same slots.
 */
class MessageBundlesTest {
  private static final String BUNDLE = "/dev/relata/webapp/i18n/messages";

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
    Properties en = load(BUNDLE + ".properties");
    Properties zh = load(BUNDLE + "_zh_CN.properties");

    assertThat(zh.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    assertThat(zh.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
  }

  @Test
  void aTranslationFillsTheSamePlaceholdersAsTheEnglishText() throws IOException {
    Properties en = load(BUNDLE + ".properties");
    Properties zh = load(BUNDLE + "_zh_CN.properties");

    for (String key : en.stringPropertyNames()) {
      assertThat(slots(zh.getProperty(key, ""))).as(key).isEqualTo(slots(en.getProperty(key)));
    }
  }

  @Test
  void everyLoginOutcomeHasAText() throws IOException {
    Properties en = load(BUNDLE + ".properties");

    for (LoginOutcome outcome : LoginOutcome.values()) {
      assertThat(en.getProperty("logins.outcome." + outcome.code())).as(outcome.code()).isNotNull();
    }
  }

  private static int slots(String text) {
    return text.contains("{") ? new MessageFormat(text).getFormats().length : 0;
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
