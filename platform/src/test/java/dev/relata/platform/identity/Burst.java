package dev.relata.platform.identity;

import dev.relata.metadata.error.RelataException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Attempts sent at the same moment, each from a thread of its own, as a burst of requests arrives
 * at a server: every thread is started and waiting before all are let go together.
 */
final class Burst {
  /** Long enough for a loaded machine; the waits end as soon as their condition holds. */
  static final Duration PATIENCE = Duration.ofMinutes(2);

  private final int size;
  private final ExecutorService threads;
  private final CountDownLatch done;
  private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
  private final List<RelataException> refusals = new CopyOnWriteArrayList<>();

  private Burst(int size, Runnable attempt) throws InterruptedException {
    this.size = size;
    threads = Executors.newFixedThreadPool(size);
    done = new CountDownLatch(size);
    CountDownLatch ready = new CountDownLatch(size);
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < size; i++) {
      threads.execute(
          () -> {
            ready.countDown();
            try {
              go.await();
              attempt.run();
            } catch (RelataException refusal) {
              refusals.add(refusal);
            } catch (Throwable e) {
              unexpected.add(e);
            } finally {
              done.countDown();
            }
          });
    }
    if (!ready.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("The burst's threads did not start");
    }
    go.countDown();
  }

  /** Sends {@code size} copies of the attempt at once; returns while they run. */
  static Burst send(int size, Runnable attempt) throws InterruptedException {
    return new Burst(size, attempt);
  }

  /** Attempts that have finished, refused or not. */
  int finished() {
    return size - (int) done.getCount();
  }

  /** Waits until every attempt has finished; the refusals. */
  List<RelataException> awaitRefusals() throws InterruptedException {
    if (!done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("The burst did not finish");
    }
    threads.shutdown();
    if (!unexpected.isEmpty()) {
      throw new AssertionError("An attempt failed unexpectedly", unexpected.get(0));
    }
    return new ArrayList<>(refusals);
  }

  /** Waits until the condition holds (it is checked often), or fails. */
  static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited in vain until " + what);
      }
      Thread.sleep(5);
    }
  }
}
