package dev.jemeni.adapter.out.feign;

import java.time.Duration;
import java.util.Objects;

/**
 * When the client stops calling a failing service, and for how long.
 *
 * <p>The breaker counts server failures (5xx, codes 5001 and 5002, unreadable responses) and
 * transport failures. Business errors such as 4001, other 4xx statuses and 429 are neither failures
 * nor successes for it.
 *
 * @param failureRateThreshold failure percentage, above 0 and at most 100, that opens the breaker
 * @param slidingWindowSize number of most recent calls the rate is computed over
 * @param minimumNumberOfCalls calls recorded before the rate is computed at all
 * @param waitInOpenState how long the breaker stays open before letting trial calls through
 * @param permittedCallsInHalfOpenState trial calls that decide whether the breaker closes again
 */
public record CircuitBreakerSettings(
    float failureRateThreshold,
    int slidingWindowSize,
    int minimumNumberOfCalls,
    Duration waitInOpenState,
    int permittedCallsInHalfOpenState) {

  /** Validates every setting, naming the invalid one. */
  public CircuitBreakerSettings {
    Objects.requireNonNull(waitInOpenState, "waitInOpenState");
    require(
        failureRateThreshold > 0 && failureRateThreshold <= 100,
        "failureRateThreshold "
            + failureRateThreshold
            + " is invalid: use a percentage in (0, 100]");
    require(
        slidingWindowSize >= 1,
        "slidingWindowSize " + slidingWindowSize + " is invalid: use 1 or more");
    require(
        minimumNumberOfCalls >= 1,
        "minimumNumberOfCalls " + minimumNumberOfCalls + " is invalid: use 1 or more");
    require(
        waitInOpenState.toMillis() >= 1,
        "waitInOpenState " + waitInOpenState + " is invalid: use at least 1 ms");
    require(
        permittedCallsInHalfOpenState >= 1,
        "permittedCallsInHalfOpenState "
            + permittedCallsInHalfOpenState
            + " is invalid: use 1 or more");
  }

  /** Returns 50 % over the last 20 calls, once 10 were recorded; open for 30 s; 3 trial calls. */
  public static CircuitBreakerSettings defaults() {
    return new CircuitBreakerSettings(50, 20, 10, Duration.ofSeconds(30), 3);
  }

  /** Returns a copy with another failure rate, window and minimum number of calls. */
  public CircuitBreakerSettings withWindow(float threshold, int windowSize, int minimumCalls) {
    return new CircuitBreakerSettings(
        threshold, windowSize, minimumCalls, waitInOpenState, permittedCallsInHalfOpenState);
  }

  /** Returns a copy with another open-state duration. */
  public CircuitBreakerSettings withWaitInOpenState(Duration wait) {
    return new CircuitBreakerSettings(
        failureRateThreshold,
        slidingWindowSize,
        minimumNumberOfCalls,
        wait,
        permittedCallsInHalfOpenState);
  }

  /** Returns a copy with another number of trial calls in the half-open state. */
  public CircuitBreakerSettings withPermittedCallsInHalfOpenState(int calls) {
    return new CircuitBreakerSettings(
        failureRateThreshold, slidingWindowSize, minimumNumberOfCalls, waitInOpenState, calls);
  }

  private static void require(boolean valid, String message) {
    if (!valid) {
      throw new IllegalArgumentException(message);
    }
  }
}
