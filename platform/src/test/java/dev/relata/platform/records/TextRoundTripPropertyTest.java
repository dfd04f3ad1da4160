package dev.relata.platform.records;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import dev.relata.platform.testing.Values;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever text a person can type, in any script, comes back from the database (H2 or PostgreSQL)
 * exactly as sent but for surrounding white space; the same text with a control character inside is
 * refused and leaves no record behind.
 */
class TextRoundTripPropertyTest {
  private Relata relata;
  private Actor admin;

  @BeforeProperty
  void givenANoteEntity() {
    relata = TestRelata.withStandardObjects();
    admin = TestRelata.admin(relata);
    relata
        .metadata()
        .createEntity(
            entity(
                "note",
                field("title", FieldType.TEXT).length(500).build(),
                field("body", FieldType.LONGTEXT).build()),
            "test");
  }

  @AfterProperty
  void close() {
    relata.close();
  }

  @Property(tries = 100)
  void typedTextIsReadBackTrimmedAndOtherwiseUnchanged(
      @ForAll("line") String title, @ForAll("lines") String body) {
    Map<String, Object> created =
        relata
            .records()
            .create("note", Values.of("name", "n", "title", title, "body", body), admin);

    Map<String, Object> read = relata.records().get("note", (Long) created.get("id"), admin);

    assertThat(read.get("title")).isEqualTo(title.isBlank() ? null : title.strip());
    assertThat(read.get("body")).isEqualTo(body.isBlank() ? null : body.strip());
  }

  @Property(tries = 100)
  void aControlCharacterInsideIsRefusedAndNothingIsWritten(
      @ForAll("line") String title,
      @ForAll("controls") char control,
      @ForAll @IntRange(min = 0, max = 100) int at) {
    int index = Math.min(at, title.length());
    if (index > 0 && Character.isHighSurrogate(title.charAt(index - 1))) {
      index--;
    }
    String polluted = "a" + title.substring(0, index) + control + title.substring(index) + "z";
    long before = count();

    RelataException refusal =
        catchThrowableOfType(
            RelataException.class,
            () ->
                relata.records().create("note", Values.of("name", "n", "title", polluted), admin));

    assertThat(refusal).isNotNull();
    assertThat(refusal.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("invalid_character"));
    assertThat(count()).isEqualTo(before);
  }

  private long count() {
    return relata
        .records()
        .list("note", RecordQuery.of(null, null, 0, 1).withExactTotal(), admin)
        .total();
  }

  /** Letters, digits and punctuation of several scripts, spaces, emoji. */
  @Provide
  Arbitrary<String> line() {
    return typed(false);
  }

  /** As {@link #line}, with tabs and line breaks. */
  @Provide
  Arbitrary<String> lines() {
    return typed(true);
  }

  private static Arbitrary<String> typed(boolean multiline) {
    var letters =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u00a0', '\u052f')
            .withCharRange('\u3000', '\u30ff')
            .withCharRange('\u4e00', '\u9fff')
            .withCharRange('\uac00', '\ud7a3');
    Arbitrary<String> text = (multiline ? letters.withChars('\n', '\t') : letters).ofMaxLength(30);
    Arbitrary<String> emoji =
        Arbitraries.integers().between(0x1F300, 0x1F64F).map(Character::toString);
    return Arbitraries.oneOf(text, text, emoji)
        .list()
        .ofMaxSize(4)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Character> controls() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u0008'),
        Arbitraries.chars().range('\u000b', '\u001f'),
        Arbitraries.chars().range('\u007f', '\u009f'));
  }
}
