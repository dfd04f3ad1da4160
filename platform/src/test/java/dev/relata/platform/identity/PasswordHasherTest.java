package dev.relata.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords are stored as salted, slow hashes that name their algorithm and cost. */
class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(1000);

  @Test
  void twoHashesOfTheSamePasswordDifferBecauseEachHasItsOwnSalt() {
    String first = hasher.hash("correct horse".toCharArray());
    String second = hasher.hash("correct horse".toCharArray());

    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
  }

  @Test
  void aHashVerifiesItsPasswordAndNoOther() {
    String hash = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("correct horsf".toCharArray(), hash)).isFalse();
    assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
  }

  @Test
  void theStoredFormNamesAlgorithmAndIterationsAndNeverContainsThePassword() {
    String hash = hasher.hash("correct horse".toCharArray());

    assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct horse");
    assertThat(hash.split("\\$")).hasSize(4);
  }

  @Test
  void aHashMadeWithAnotherIterationCountStillVerifies() {
    String old = new PasswordHasher(500).hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), old)).isTrue();
  }

  @Test
  void aMalformedStoredHashVerifiesNothing() {
    assertThat(hasher.verify("x".toCharArray(), "plain text")).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "md5$1$a$b")).isFalse();
  }

  @Test
  void theDefaultCostFollowsOwasp() {
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }
}
