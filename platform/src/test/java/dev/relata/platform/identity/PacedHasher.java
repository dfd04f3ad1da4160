package dev.relata.platform.identity;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real hasher, counting the passwords it checks against a stored hash, and holding the check of
 * one chosen password until the test releases it, so that a test can tell exactly which checks were
 * under way at once. Spending time without a check ({@link #verifyNothing}) is not counted.
 */
final class PacedHasher extends PasswordHasher {
  private final String held;
  private final AtomicInteger checks = new AtomicInteger();
  private final AtomicInteger waiting = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  private PacedHasher(String held) {
    super(1000);
    this.held = held;
  }

  /** Counts checks and holds none. */
  static PacedHasher counting() {
    return new PacedHasher(null);
  }

  /** Counts checks and holds every check of {@code password} until {@link #release()}. */
  static PacedHasher holding(String password) {
    return new PacedHasher(password);
  }

  @Override
  public boolean verify(char[] password, String stored) {
    checks.incrementAndGet();
    if (new String(password).equals(held)) {
      waiting.incrementAndGet();
      try {
        if (!release.await(2, TimeUnit.MINUTES)) {
          throw new IllegalStateException("The test never released the held checks");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        waiting.decrementAndGet();
      }
    }
    return super.verify(password, stored);
  }

  /** Passwords checked so far, held ones included. */
  int checks() {
    return checks.get();
  }

  /** Checks now held. */
  int waiting() {
    return waiting.get();
  }

  void release() {
    release.countDown();
  }
}
