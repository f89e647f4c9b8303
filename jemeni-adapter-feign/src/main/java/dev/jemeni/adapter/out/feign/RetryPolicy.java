package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.ConnectionFailed;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.TransportFailed;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/**
 * Decides which failed attempts are retried, how long to wait, and what the breaker counts.
 *
 * <p>An attempt is retried when its error is safe to repeat for the operation's idempotency ({@link
 * JemeniError#isRetrySafe}): a connection that was never established, 429, and for reads and
 * disabling also timeouts, resets, 502, 503, 504, 5001 and 5002. A {@code Retry-After} longer than
 * the configured maximum is returned to the caller at once instead of waited for.
 */
final class RetryPolicy {

  private final RetrySettings settings;
  private final IntervalFunction backoff;

  RetryPolicy(RetrySettings settings) {
    this.settings = settings;
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.initialBackoff(),
            settings.multiplier(),
            settings.jitter(),
            settings.maxBackoff());
  }

  boolean shouldRetry(CallContext context, JemeniError error) {
    if (!error.isRetrySafe(context.operation().idempotency())) {
      return false;
    }
    return error
        .retryAfter()
        .map(delay -> delay.compareTo(settings.maxRetryAfter()) <= 0)
        .getOrElse(true);
  }

  /**
   * Returns the wait before the next attempt: the server's {@code Retry-After}, or backoff.
   *
   * <p>NOTE: only a 429 carries {@code Retry-After} in the domain errors, so a 503 that sends one
   * is retried after the computed backoff instead.
   */
  long waitMillis(int failedAttempts, JemeniError error) {
    return error
        .retryAfter()
        .map(Duration::toMillis)
        .getOrElse(() -> backoff.apply(failedAttempts));
  }

  int maxAttempts() {
    return settings.maxAttempts();
  }

  /** Returns whether the circuit breaker counts the error as a failure of the service. */
  static boolean isServiceFailure(JemeniError error) {
    if (error instanceof ConnectionFailed
        || error instanceof TransportFailed
        || error instanceof OutcomeUnknown
        || error instanceof MalformedResponse) {
      return true;
    }
    if (error instanceof ApiCodeError coded) {
      return coded.code() >= 5000;
    }
    return error instanceof HttpStatusError status && status.status() >= 500;
  }
}
