package dev.relata.metadata.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "customer",
        "annual_revenue",
        "x1",
        "a_",
        "level2_code",
        "abcdefghijabcdefghijabcdefghijabcdefghij"
      })
  void acceptsLowerCaseLettersDigitsAndUnderscoresStartingWithALetterUpTo40(String name) {
    assertThat(Names.problem(name)).isNull();
    assertThat(Names.isValid(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "Name",
        "NAME",
        "first name",
        "na'me",
        "na\"me",
        "客户",
        "café",
        "1abc",
        "_abc",
        "name; drop table x",
        "name--",
        "tab\tle",
        "line\nbreak",
        "a-b",
        "a.b",
        "abcdefghijabcdefghijabcdefghijabcdefghijk"
      })
  void refusesNamesOutsideThePatternSayingWhatIsAllowed(String name) {
    assertThat(Names.problem(name).english())
        .contains("is not a valid name")
        .contains("2 to 40 characters")
        .contains("lower-case letters a-z, digits and underscores, starting with a letter");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select",
        "table",
        "order",
        "user",
        "from",
        "where",
        "group",
        "class",
        "public",
        "package",
        "null",
        "true",
        "id",
        "version",
        "owner",
        "deleted",
        "created_at"
      })
  void refusesReservedWordsOfSqlJavaAndTheRecordFormat(String name) {
    assertThat(Names.problem(name).english())
        .isEqualTo("'" + name + "' is a reserved word; choose another" + " name.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void refusesEmptyNames(String name) {
    assertThat(Names.isValid(name)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void refusesAMissingName() {
    assertThat(Names.problem(null).english()).isEqualTo("A name is required.");
  }

  @org.junit.jupiter.api.Test
  void abbreviatesAnOverlongNameInItsMessage() {
    String name = "x".repeat(5000);

    assertThat(Names.problem(name).english()).hasSizeLessThan(250).contains("…");
  }
}
