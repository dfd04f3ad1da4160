package dev.relata.rules.build;

import dev.relata.metadata.model.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * How each language of the Relata DSL names things: which labels it reads, how an entity and a
 * field make a subject, and the shipped file of sentences that do not depend on metadata.
 */
enum DslLanguage {
  ENGLISH(Labels.ENGLISH, "relata_en.dsl") {
    @Override
    String entityPhrase(String label) {
      return DslText.lowerCased(label);
    }

    @Override
    String subject(String entityPhrase, String fieldLabel) {
      return DslText.joinWords(entityPhrase, DslText.lowerCased(fieldLabel));
    }

    @Override
    String note(Note note, Object... args) {
      return MessageFormat.format(
          switch (note) {
            case ENTITY_BY_API_NAME ->
                "{0}: its label \"{1}\" has no letters or is another entity''s too, so its"
                    + " sentences name it \"{0}\"";
            case FIELD_LABEL_UNUSABLE -> "{0}.{1}: no label with letters, name it by its api name";
            case FIELD_LABEL_IS_API_NAME ->
                "{0}.{1}: its label \"{2}\" is the api name of another field, name it by its api"
                    + " name";
            case SUBJECT_SHARED ->
                "\"the {0}\" would name {1}: left out, name them by their api names";
            case SENTENCE_TAKEN ->
                "\"{0}\" is also another sentence: left out, name the field by its api name";
          },
          args);
    }
  },

  CHINESE(Labels.CHINESE, "relata_zh.dsl") {
    @Override
    String entityPhrase(String label) {
      return label;
    }

    @Override
    String subject(String entityPhrase, String fieldLabel) {
      return DslText.joinCharacters(entityPhrase, fieldLabel);
    }

    @Override
    String note(Note note, Object... args) {
      return MessageFormat.format(
          switch (note) {
            case ENTITY_BY_API_NAME -> "{0}：标签“{1}”没有文字或与其他实体重复，句子中用“{0}”称呼它";
            case FIELD_LABEL_UNUSABLE -> "{0}.{1}：没有含文字的标签，请用字段的 API 名称";
            case FIELD_LABEL_IS_API_NAME -> "{0}.{1}：标签“{2}”是另一个字段的 API 名称，请用字段的 API 名称";
            case SUBJECT_SHARED -> "“{0}”会同时指 {1}：已省略，请用它们的 API 名称";
            case SENTENCE_TAKEN -> "“{0}”与另一个句子相同：已省略，请用字段的 API 名称";
          },
          args);
    }
  };

  /** Why a generated sentence reads differently or is left out; shown as comments in the DSL. */
  enum Note {
    ENTITY_BY_API_NAME,
    FIELD_LABEL_UNUSABLE,
    FIELD_LABEL_IS_API_NAME,
    SUBJECT_SHARED,
    SENTENCE_TAKEN
  }

  /** A variable that takes a field's api name, in the sentences that name fields that way. */
  static final String FIELD_BY_API_NAME = "{field:[a-z][a-z0-9_]*}";

  private static final String FOLDER = "/dev/relata/rules/dsl/";

  private final String localeTag;
  private final String shippedFile;

  DslLanguage(String localeTag, String shippedFile) {
    this.localeTag = localeTag;
    this.shippedFile = shippedFile;
  }

  /** The labels this language reads (Chinese falls back to English where a label is missing). */
  String localeTag() {
    return localeTag;
  }

  /** How an entity is called in sentences, from its label. */
  abstract String entityPhrase(String label);

  /** How a field of an entity is called in sentences, from the entity's phrase and its label. */
  abstract String subject(String entityPhrase, String fieldLabel);

  abstract String note(Note note, Object... args);

  /** Whether a field's api name after the entity's phrase needs a space to be read apart. */
  boolean spaceBeforeApiName(String entityPhrase) {
    return this == ENGLISH || DslText.latin(entityPhrase.charAt(entityPhrase.length() - 1));
  }

  /** The phrase for comparisons, case-insensitive where the script has case. */
  String comparable(String phrase) {
    return phrase.toLowerCase(Locale.ROOT);
  }

  /** The shipped sentences that do not depend on metadata, as written in the .dsl file. */
  String shippedText() {
    try (InputStream in = DslLanguage.class.getResourceAsStream(FOLDER + shippedFile)) {
      if (in == null) {
        throw new IllegalStateException("Missing class path resource " + FOLDER + shippedFile);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the shipped file is, as build problems name it. */
  String shippedPath() {
    return "relata/_dsl/" + shippedFile;
  }
}
