package dev.jemeni.domain.error;

import java.util.Objects;

/**
 * An idempotent request was sent but no complete response came back: a read timeout or a reset.
 *
 * <p>Safe to retry an idempotent operation. A request that is not idempotent never gets this error:
 * it gets {@link OutcomeUnknown}, because the service may have acted.
 *
 * @param target the host and port the request went to
 * @param cause what the transport reported, such as {@code Read timed out}
 */
public record TransportFailed(String target, String cause) implements JemeniError {

  /** Rejects null components. */
  public TransportFailed {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cause, "cause");
  }

  @Override
  public String message() {
    return "The request to "
        + target
        + " failed before a response arrived ("
        + cause
        + "). "
        + "Try again later.";
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return idempotency == Idempotency.IDEMPOTENT;
  }
}
