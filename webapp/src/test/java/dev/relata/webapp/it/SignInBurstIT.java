package dev.relata.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.webapp.it.TestUsers.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in requests sent to the real server all at once for one account: no more passwords are
 * checked than the lockout threshold (5), the account is locked once for the first period, and a
 * right password that arrives in the burst gets no token that outlives the lock.
 */
class SignInBurstIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THRESHOLD = 5;
  private static final int BURST = 20;
  private static final String WRONG = "a wrong guess here";
  private static final String INVALID = "Invalid username or password.";
  private static final Set<String> CHECKED = Set.of("wrong_password", "locked_out_now", "success");
  private static final Set<String> UNCHECKED = Set.of("locked", "too_many_attempts");
  private final Api anonymous = Api.anonymous();
  private final Api admin = Api.admin();
  private final ExecutorService threads = Executors.newFixedThreadPool(BURST + 1);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Api.Reply token(String username, String password) {
    return anonymous.post(
        "/api/v1/auth/token",
        JSON.createObjectNode().put("username", username).put("password", password).toString());
  }

  /** Sends the wrong password {@code BURST} times at the same moment. */
  private List<Future<Api.Reply>> burstOfWrongPasswords(TestUser user, CountDownLatch go) {
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      replies.add(
          threads.submit(
              () -> {
                go.await();
                return token(user.username(), WRONG);
              }));
    }
    return replies;
  }

  @Test
  void aRightPasswordSentAfterTheThresholdWasReachedInABurstIsRefusedAndTheAccountLockedOnce()
      throws Exception {
    TestUser user = TestUsers.create("burst");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> wrong = burstOfWrongPasswords(user, go);

    go.countDown();
    awaitOutcome(user, o -> UNCHECKED.contains(o) || o.equals("locked_out_now"));
    Api.Reply right = token(user.username(), user.password());

    assertThat(replies(wrong))
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(401))
        .extracting(SignInBurstIT::message)
        .containsOnly(INVALID);
    assertThat(right.status()).as(right.toString()).isEqualTo(401);
    assertThat(message(right)).isEqualTo(INVALID);
    List<String> outcomes = outcomes(user);
    assertThat(outcomes).hasSize(BURST + 1).doesNotContain("success");
    assertThat(Collections.frequency(outcomes, "wrong_password")).isEqualTo(THRESHOLD - 1);
    assertThat(Collections.frequency(outcomes, "locked_out_now")).isEqualTo(1);
    assertThat(outcomes)
        .filteredOn(o -> !CHECKED.contains(o))
        .hasSize(BURST + 1 - THRESHOLD)
        .isSubsetOf(UNCHECKED);
    assertLockedForTheFirstPeriod(user);
    assertThat(token(user.username(), user.password()).status()).isEqualTo(401);
  }

  @Test
  void aRightPasswordSentInTheMiddleOfABurstNeverOutlivesTheLockNorDoublesIt() throws Exception {
    TestUser user = TestUsers.create("race");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> wrong = burstOfWrongPasswords(user, go);
    Future<Api.Reply> right =
        threads.submit(
            () -> {
              go.await();
              return token(user.username(), user.password());
            });

    go.countDown();
    replies(wrong);
    Api.Reply answer = right.get(2, TimeUnit.MINUTES);

    // Whether the right password came before the fifth wrong one is up to the scheduler; either
    // way, at most the threshold's worth are checked on each side of it and nothing doubles.
    List<String> outcomes = outcomes(user);
    assertThat(outcomes).hasSize(BURST + 1);
    assertThat(outcomes.stream().filter(CHECKED::contains).count())
        .isLessThanOrEqualTo(2 * THRESHOLD);
    assertThat(Collections.frequency(outcomes, "locked_out_now")).isLessThanOrEqualTo(1);
    JsonNode account = admin.get("/api/v1/admin/users/" + user.id()).json();
    if (answer.status() == 200) {
      assertThat(outcomes).contains("success");
      if (account.get("status").asText().equals("locked")) {
        String token = answer.json().get("token").asText();
        assertThat(anonymous.withToken(token).get("/api/v1/me").status()).isEqualTo(401);
      }
    } else {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(message(answer)).isEqualTo(INVALID);
      assertThat(outcomes).doesNotContain("success");
      // Refused unchecked after the fifth wrong one, or checked as the fifth and lost to the lock.
      assertThat(outcomes.stream().filter(CHECKED::contains).count())
          .isBetween((long) THRESHOLD - 1, (long) THRESHOLD);
      assertThat(Collections.frequency(outcomes, "locked_out_now")).isEqualTo(1);
      assertThat(account.get("status").asText()).isEqualTo("locked");
    }
    if (account.get("status").asText().equals("locked")) {
      assertLockedForTheFirstPeriod(user);
    }
  }

  private static String message(Api.Reply reply) {
    return reply.json().get("message").asText();
  }

  private void assertLockedForTheFirstPeriod(TestUser user) {
    JsonNode account = admin.get("/api/v1/admin/users/" + user.id()).json();
    assertThat(account.get("status").asText()).isEqualTo("locked");
    Duration left =
        Duration.between(Instant.now(), Instant.parse(account.get("lockedUntil").asText()));
    assertThat(left.toMinutes()).as("lock left: %s", left).isBetween(13L, 15L);
  }

  /** The login log's outcomes for the user, oldest first. */
  private List<String> outcomes(TestUser user) {
    JsonNode items =
        admin
            .get("/api/v1/admin/logins?size=100&username=" + Api.encode(user.username()))
            .json()
            .get("items");
    List<String> outcomes = new ArrayList<>();
    items.forEach(item -> outcomes.add(0, item.get("outcome").asText()));
    return outcomes;
  }

  private void awaitOutcome(TestUser user, Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (outcomes(user).stream().noneMatch(wanted)) {
      assertThat(System.nanoTime())
          .as("an outcome showing the threshold reached")
          .isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static List<Api.Reply> replies(List<Future<Api.Reply>> futures) throws Exception {
    List<Api.Reply> replies = new ArrayList<>();
    for (Future<Api.Reply> future : futures) {
      replies.add(future.get(2, TimeUnit.MINUTES));
    }
    return replies;
  }
}
