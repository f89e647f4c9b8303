package dev.jemeni.adapter.out.feign;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry settings: the attempts, the exponential backoff with jitter between them, and the longest
 * {@code Retry-After} delay the client waits for before it returns the rate-limit error instead.
 *
 * <p>Which failures are retried is fixed by the adapter: reads and disabling a subscription are
 * retried on transport failures, 429, 502, 503, 504, 5001 and 5002; sending a payment and creating
 * a subscription only when the request certainly did not reach the service.
 *
 * @param maxAttempts attempts per call, the first included; 1 disables retrying
 * @param initialBackoff wait before the second attempt, before jitter
 * @param multiplier factor applied to the wait after each attempt, at least 1
 * @param jitter random spread of each wait, from 0 (none) up to but excluding 1 (plus or minus 100
 *     %)
 * @param maxBackoff upper bound of a computed wait
 * @param maxRetryAfter longest {@code Retry-After} delay the client waits for; a longer one returns
 *     the rate-limit error at once
 */
public record RetrySettings(
    int maxAttempts,
    Duration initialBackoff,
    double multiplier,
    double jitter,
    Duration maxBackoff,
    Duration maxRetryAfter) {

  /** Validates every setting, naming the invalid one. */
  public RetrySettings {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    require(maxAttempts >= 1, "maxAttempts " + maxAttempts + " is invalid: use 1 or more");
    require(
        initialBackoff.toMillis() >= 1,
        "initialBackoff " + initialBackoff + " is invalid: use at least 1 ms");
    require(multiplier >= 1.0, "multiplier " + multiplier + " is invalid: use 1.0 or more");
    require(
        jitter >= 0.0 && jitter < 1.0,
        "jitter " + jitter + " is invalid: use a value from 0 up to but excluding 1");
    require(
        maxBackoff.compareTo(initialBackoff) >= 0,
        "maxBackoff " + maxBackoff + " is invalid: use at least initialBackoff " + initialBackoff);
    require(
        !maxRetryAfter.isNegative(),
        "maxRetryAfter " + maxRetryAfter + " is invalid: use zero or a positive duration");
  }

  /**
   * Returns 3 attempts, 500 ms first wait doubling up to 5 s, 50 % jitter, Retry-After up to 10 s.
   */
  public static RetrySettings defaults() {
    return new RetrySettings(
        3, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  /** Returns the defaults with a single attempt, so nothing is retried. */
  public static RetrySettings disabled() {
    return defaults().withMaxAttempts(1);
  }

  /** Returns a copy with another number of attempts. */
  public RetrySettings withMaxAttempts(int attempts) {
    return new RetrySettings(
        attempts, initialBackoff, multiplier, jitter, maxBackoff, maxRetryAfter);
  }

  /** Returns a copy with another backoff: first wait, growth factor and upper bound. */
  public RetrySettings withBackoff(Duration initial, double factor, Duration max) {
    return new RetrySettings(maxAttempts, initial, factor, jitter, max, maxRetryAfter);
  }

  /** Returns a copy with another jitter. */
  public RetrySettings withJitter(double spread) {
    return new RetrySettings(
        maxAttempts, initialBackoff, multiplier, spread, maxBackoff, maxRetryAfter);
  }

  /** Returns a copy with another longest {@code Retry-After} wait. */
  public RetrySettings withMaxRetryAfter(Duration max) {
    return new RetrySettings(maxAttempts, initialBackoff, multiplier, jitter, maxBackoff, max);
  }

  private static void require(boolean valid, String message) {
    if (!valid) {
      throw new IllegalArgumentException(message);
    }
  }
}
