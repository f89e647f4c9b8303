package dev.jemeni.domain.error;

import java.util.Objects;

/**
 * The circuit breaker is open after repeated failures, so the request was not sent.
 *
 * <p>Not retried at once: the breaker lets a trial request through after its wait.
 *
 * @param circuit the name of the open circuit
 */
public record CircuitOpen(String circuit) implements JemeniError {

  /** Rejects a null name. */
  public CircuitOpen {
    Objects.requireNonNull(circuit, "circuit");
  }

  @Override
  public String message() {
    return "Circuit "
        + circuit
        + " is open after repeated failures, so no request was sent. "
        + "Try again later.";
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return false;
  }
}
