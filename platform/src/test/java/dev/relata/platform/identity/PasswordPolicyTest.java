package dev.relata.platform.identity;

import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.relata.metadata.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a new password must pass; the edges of each, and nothing about composition. */
class PasswordPolicyTest {
  private static final SecurityPolicy POLICY = SecurityPolicy.DEFAULTS;
  private final PasswordPolicy policy = new PasswordPolicy();

  private void accepts(String password) {
    assertThatCode(
            () -> policy.check(POLICY, "ada", List.of("ada", "Ada Lovelace"), password, "password"))
        .doesNotThrowAnyException();
  }

  private FieldProblem refuses(String password) {
    return unprocessable(
            () -> policy.check(POLICY, "ada", List.of("ada", "Ada Lovelace"), password, "password"))
        .problems()
        .get(0);
  }

  @Test
  void aPasswordOfExactlyTheMinimumLengthPassesAndOneCharacterLessDoesNot() {
    accepts("vq7#mZ2!kd9x");
    FieldProblem problem = refuses("vq7#mZ2!kd9");

    assertThat(problem.code()).isEqualTo("length");
    assertThat(problem.message())
        .isEqualTo("A password needs 12 to 256 characters; this one has 11.");
  }

  @Test
  void aPasswordOfExactlyTheMaximumLengthPassesAndOneMoreDoesNot() {
    String max = "horse staple violin crater ".repeat(10).substring(0, 256);

    accepts(max);
    accepts(max.substring(0, 64) + " and more words at the end");
    assertThat(refuses(max + "x").code()).isEqualTo("length");
  }

  @Test
  void lengthCountsCharactersNotBytesSoChineseAndEmojiPasswordsWork() {
    accepts("我的猫喜欢在阳台上晒太阳");
    accepts("🐢🚲🌋🎻🧀🦉🪁🍄🛶🎈🧭🪐");
    assertThat(refuses("🐢🚲🌋🎻🧀🦉🪁🍄🛶🎈🧭").message()).endsWith("this one has 11.");
  }

  @Test
  void commonPasswordsAndTheirUsualDisguisesAreRefusedWithTheReason() {
    for (String common :
        new String[] {
          "password1234",
          "Password123!",
          "iloveyou1234",
          "qwertyuiopasdf",
          "P@ssw0rd2024!",
          "aaaaaaaaaaaaaaaa"
        }) {
      FieldProblem problem = refuses(common);
      assertThat(problem.code()).as(common).isEqualTo("too_guessable");
      assertThat(problem.message())
          .startsWith("This password is too easy to guess")
          .endsWith("Use a longer phrase of several unrelated words.");
    }
  }

  @Test
  void aPassphraseOfOrdinaryWordsPassesWithoutAnyCompositionRule() {
    accepts("correct horse battery staple");
    accepts("the quiet lighthouse keeper sings");
  }

  @Test
  void thePasswordMayNotContainTheUsernameInAnyCase() {
    FieldProblem problem = refuses("my name is ADA and I sail boats");

    assertThat(problem.code()).isEqualTo("contains_username");
    assertThat(problem.message()).isEqualTo("A password may not contain the username.");
  }

  @Test
  void theDisplayNameCountsAsAnEasyGuess() {
    assertThat(
            unprocessable(
                    () ->
                        policy.check(
                            POLICY, "al", List.of("al", "Lovelace"), "lovelace2024!", "password"))
                .problems()
                .get(0)
                .code())
        .isEqualTo("too_guessable");
  }

  @Test
  void aPolicyCannotSetTheMaximumBelow64OrTheMinimumAboveTheBounds() {
    List<FieldProblem> problems =
        unprocessable(
                () ->
                    SecurityPolicy.DEFAULTS.with(
                        Map.of("maxPasswordLength", 63, "minPasswordLength", 4)))
            .problems();

    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("maxPasswordLength", "minPasswordLength");
    assertThat(SecurityPolicy.DEFAULTS.with(Map.of("maxPasswordLength", 64)).maxPasswordLength())
        .isEqualTo(64);
  }

  @Test
  void policySettingsMustBeKnownWholeNumbers() {
    List<FieldProblem> problems =
        unprocessable(
                () ->
                    SecurityPolicy.DEFAULTS.with(
                        Map.of("lockoutThreshold", "five", "colour", 3, "lockoutMinutes", 1.5)))
            .problems();

    assertThat(problems)
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("lockoutThreshold", "type"),
            org.assertj.core.groups.Tuple.tuple("colour", "unknown"),
            org.assertj.core.groups.Tuple.tuple("lockoutMinutes", "type"));
  }

  @Test
  void lockoutsDoubleUpToTheCap() {
    SecurityPolicy policy =
        SecurityPolicy.DEFAULTS.with(Map.of("lockoutMinutes", 15, "lockoutMaxMinutes", 100));

    assertThat(List.of(0, 1, 2, 3, 10, 40))
        .map(n -> Lockout.duration(policy, n).toMinutes())
        .containsExactly(15L, 30L, 60L, 100L, 100L, 100L);
  }
}
