package dev.jemeni.domain.error;

import java.util.Objects;

/**
 * No connection to the service could be established, so no request reached it.
 *
 * <p>Safe to retry any operation, a payment included.
 *
 * @param target the host and port that could not be reached
 * @param cause what the transport reported, such as {@code Connection refused}
 */
public record ConnectionFailed(String target, String cause) implements JemeniError {

  /** Rejects null components. */
  public ConnectionFailed {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cause, "cause");
  }

  @Override
  public String message() {
    return "Could not connect to "
        + target
        + " ("
        + cause
        + "). No request was sent; "
        + "check the base URL and the network, then try again.";
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return true;
  }
}
