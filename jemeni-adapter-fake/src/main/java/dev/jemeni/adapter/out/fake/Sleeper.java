package dev.jemeni.adapter.out.fake;

import java.time.Duration;

/**
 * Waits for the latency a {@link FakeScenario} adds to a call.
 *
 * <p>Tests pass {@link #advancing(MutableClock)} so latency moves the fake's clock instead of
 * blocking the thread; the emulator keeps {@link #system()}.
 */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}, which is positive. Implementations are thread-safe. */
  void sleep(Duration duration);

  /**
   * Returns a sleeper that blocks the calling thread. An interrupt ends the wait early and leaves
   * the thread's interrupt flag set.
   */
  static Sleeper system() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /** Returns a sleeper that advances {@code clock} by the duration and returns at once. */
  static Sleeper advancing(MutableClock clock) {
    return clock::advance;
  }
}
