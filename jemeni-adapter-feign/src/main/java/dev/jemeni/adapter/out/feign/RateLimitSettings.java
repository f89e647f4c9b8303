package dev.jemeni.adapter.out.feign;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side limit on calls per period, so a busy application does not provoke 429 responses.
 *
 * <p>One permit covers one call with all its retries. A call that gets no permit within {@code
 * maxWait} sends nothing and returns {@link
 * dev.jemeni.domain.error.HttpStatusError.TooManyRequests} whose body excerpt states that the local
 * limit was reached.
 *
 * @param limitForPeriod calls allowed per period
 * @param refreshPeriod length of one period
 * @param maxWait how long a call waits for a permit
 */
public record RateLimitSettings(int limitForPeriod, Duration refreshPeriod, Duration maxWait) {

  /** Validates every setting, naming the invalid one. */
  public RateLimitSettings {
    Objects.requireNonNull(refreshPeriod, "refreshPeriod");
    Objects.requireNonNull(maxWait, "maxWait");
    if (limitForPeriod < 1) {
      throw new IllegalArgumentException(
          "limitForPeriod " + limitForPeriod + " is invalid: use 1 or more");
    }
    if (refreshPeriod.toNanos() < 1) {
      throw new IllegalArgumentException(
          "refreshPeriod " + refreshPeriod + " is invalid: use a positive duration");
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "maxWait " + maxWait + " is invalid: use zero or a positive duration");
    }
  }

  /** Returns 25 calls per second, waiting up to 5 s for a permit. */
  public static RateLimitSettings defaults() {
    return new RateLimitSettings(25, Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  /** Returns a setting that never limits calls. */
  public static RateLimitSettings unlimited() {
    return new RateLimitSettings(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ZERO);
  }

  /** Returns whether this setting never limits calls. */
  public boolean isUnlimited() {
    return limitForPeriod == Integer.MAX_VALUE;
  }
}
