package dev.jemeni.domain.error;

import io.vavr.control.Option;
import java.time.Duration;

/**
 * A failure of a Jemeni operation, returned as the left side of an {@code Either}.
 *
 * <p>The hierarchy is sealed, so a {@code switch} over it is checked for completeness. Messages
 * name the failed value and what to do next; they never contain credentials or signatures.
 */
public sealed interface JemeniError
    permits ApiCodeError,
        HttpStatusError,
        MalformedResponse,
        ConnectionFailed,
        TransportFailed,
        OutcomeUnknown,
        CircuitOpen,
        ValidationFailed {

  /** Returns a sentence stating what failed and what to do next. */
  String message();

  /**
   * Returns whether sending the same request again is safe.
   *
   * @param idempotency whether the operation that failed is idempotent
   */
  boolean isRetrySafe(Idempotency idempotency);

  /** Returns how long the API asked the caller to wait, for a rate-limited request. */
  default Option<Duration> retryAfter() {
    return Option.none();
  }
}
