package dev.relata.metadata.error;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What to tell a person about a refusal: a key of the platform's message bundle and the values for
 * its {@code {0}}-style placeholders. The API answers in English ({@link #english()}); pages show
 * the same message in the user's language ({@link #in(Locale)}), so each message is written once
 * per language, in {@code messages.properties} and {@code messages_zh_CN.properties} beside this
 * class.
 *
 * <p>An argument that is itself a message is shown in the same language, so a refusal can wrap
 * another (e.g. the file an import problem came from).
 */
public record Message(String key, List<Object> args) {
  public static final String BUNDLE = "dev.relata.metadata.error.messages";

  /** Only the root bundle (English) and zh-CN exist; never the JVM's default locale instead. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Message {
    Objects.requireNonNull(key, "key");
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  /** The text for the API and the logs. */
  public String english() {
    return in(Locale.ENGLISH);
  }

  /** The text in {@code locale}: Simplified Chinese for any Chinese locale, else English. */
  public String in(Locale locale) {
    Locale supported = supported(locale);
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      // A key without a text is a bug the bundle tests catch; a person still sees the facts.
      return key + (args.isEmpty() ? "" : " " + args);
    }
    if (args.isEmpty()) {
      return new MessageFormat(pattern, supported).format(new Object[0]);
    }
    Object[] values =
        args.stream()
            .map(
                a ->
                    a instanceof Message m
                        ? m.in(supported)
                        : a instanceof LocalizedText t ? t.in(supported) : a)
            .toArray();
    return new MessageFormat(pattern, supported).format(values);
  }

  static Locale supported(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage())
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ROOT;
  }
}
