package dev.relata.metadata.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.model.TextRules.Lines;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Texts are stored trimmed, with {@code \n} line breaks in multi-line text; control characters
 * (other than tab and line feed in multi-line text) and unpaired surrogates are named with their
 * position, everything else a person can type is accepted.
 */
class TextRulesTest {

  @Example
  void surroundingWhiteSpaceIsNotKeptAndWhiteSpaceOnlyIsNoText() {
    assertThat(TextRules.clean("  Acme Ltd \t", Lines.SINGLE)).isEqualTo("Acme Ltd");
    assertThat(TextRules.clean(" \t \n ", Lines.MULTIPLE)).isNull();
    assertThat(TextRules.clean("", Lines.SINGLE)).isNull();
    assertThat(TextRules.clean(null, Lines.SINGLE)).isNull();
  }

  @Example
  void lineBreaksOfMultiLineTextAreStoredAsLineFeeds() {
    assertThat(TextRules.clean("one\r\ntwo\rthree\nfour", Lines.MULTIPLE))
        .isEqualTo("one\ntwo\nthree\nfour");
    assertThat(TextRules.clean("one\r\ntwo", Lines.SINGLE)).isEqualTo("one\r\ntwo");
  }

  @Example
  void aNulIsNamedWithItsPosition() {
    assertThat(TextRules.problem("name", "ab\u0000c", Lines.SINGLE))
        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(
            "name",
            "invalid_character",
            "name holds a control character (U+0000) at character 3; remove it.");
  }

  @Example
  void tabAndLineFeedAreTextOnlyInMultiLineText() {
    assertThat(TextRules.problem("notes", "a\tb\nc", Lines.MULTIPLE)).isNull();
    assertThat(TextRules.problem("name", "a\tb", Lines.SINGLE).message())
        .isEqualTo(
            "name holds a control character (U+0009) at character 2; remove it (this text is a"
                + " single line).");
    assertThat(TextRules.problem("name", "a\nb", Lines.SINGLE)).isNotNull();
    assertThat(TextRules.problem("notes", "a\rb", Lines.MULTIPLE)).isNotNull();
  }

  @Example
  void deleteAndC1ControlsAreControlCharactersToo() {
    assertThat(TextRules.problem("name", "a\u007f", Lines.MULTIPLE)).isNotNull();
    assertThat(TextRules.problem("name", "a\u0085", Lines.MULTIPLE)).isNotNull();
    assertThat(TextRules.problem("name", "a\u009f", Lines.MULTIPLE)).isNotNull();
  }

  @Example
  void unpairedSurrogatesAreRefusedAndPairsAreCharactersCountedOnce() {
    assertThat(TextRules.problem("name", "x\ud800y", Lines.SINGLE).message())
        .isEqualTo(
            "name holds an incomplete character (U+D800, half of a UTF-16 pair) at character 2;"
                + " send the whole character.");
    assertThat(TextRules.problem("name", "x\udc00", Lines.SINGLE)).isNotNull();
    assertThat(TextRules.problem("name", "\ud800", Lines.SINGLE)).isNotNull();
    assertThat(TextRules.problem("name", "😀客户 Ünïcödé", Lines.SINGLE)).isNull();
    assertThat(TextRules.problem("name", "😀\u0001", Lines.SINGLE).message())
        .contains("at character 2");
  }

  @Property
  void textAPersonCanTypeIsAccepted(@ForAll("typed") String text) {
    assertThat(TextRules.problem("f", text, Lines.SINGLE)).isNull();
    assertThat(TextRules.problem("f", text, Lines.MULTIPLE)).isNull();
  }

  @Property
  void cleaningIsIdempotentAndLeavesNoSurroundingWhiteSpace(@ForAll("anything") String text) {
    for (Lines lines : Lines.values()) {
      String cleaned = TextRules.clean(text, lines);
      if (cleaned != null) {
        assertThat(cleaned).isNotBlank().isEqualTo(cleaned.strip());
        assertThat(TextRules.clean(cleaned, lines)).isEqualTo(cleaned);
      } else {
        assertThat(text.isBlank()).isTrue();
      }
    }
  }

  @Property
  void aControlCharacterAnywhereIsFoundWhereItIs(
      @ForAll("typed") String text,
      @ForAll("controls") char control,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    int index = Math.min(at, text.length());
    if (index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
      index--; // never split a pair: only the control character is wrong
    }
    String polluted = text.substring(0, index) + control + text.substring(index);

    FieldProblem problem = TextRules.problem("f", polluted, Lines.MULTIPLE);

    assertThat(problem).isNotNull();
    assertThat(problem.code()).isEqualTo("invalid_character");
    int position = text.codePointCount(0, index) + 1;
    assertThat(problem.message()).contains("at character " + position + ";");
  }

  @Property
  void aLoneSurrogateAnywhereIsRefused(
      @ForAll("typed") String text,
      @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    int index = Math.min(at, text.length());
    if (index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
      index--;
    }
    // Never between the halves of a typed pair, so the inserted half finds no partner.
    String broken = text.substring(0, index) + (char) surrogate + text.substring(index);

    assertThat(TextRules.problem("f", broken, Lines.SINGLE)).isNotNull();
  }

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> letters =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u00a0', '\u024f')
            .withCharRange('\u4e00', '\u9fff')
            .ofMaxLength(40);
    Arbitrary<String> emoji =
        Arbitraries.integers().between(0x1F600, 0x1F64F).map(Character::toString);
    return Arbitraries.oneOf(letters, emoji, Arbitraries.strings().ofMaxLength(0))
        .list()
        .ofMaxSize(5)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().all().ofMaxLength(30);
  }

  @Provide
  Arbitrary<Character> controls() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u0008'),
        Arbitraries.chars().range('\u000b', '\u001f'),
        Arbitraries.chars().range('\u007f', '\u009f'));
  }
}
