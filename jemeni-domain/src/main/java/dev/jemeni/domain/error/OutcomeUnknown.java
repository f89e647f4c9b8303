package dev.jemeni.domain.error;

import dev.jemeni.domain.command.Command;
import java.util.Objects;

/**
 * A request that is not idempotent was sent, and whether the service processed it is unknown.
 *
 * <p>Never safe to retry blindly: the customer may already have been notified or subscribed. Check
 * the resulting state first, such as the transaction's state or the customer's subscriptions, and
 * send the command again only when it certainly did not take effect.
 *
 * @param command the command whose outcome is unknown
 * @param cause what went wrong after the request was sent, such as {@code Read timed out}
 */
public record OutcomeUnknown(Command command, String cause) implements JemeniError {

  /** Rejects null components. */
  public OutcomeUnknown {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(cause, "cause");
  }

  @Override
  public String message() {
    return "The outcome of "
        + command.operation().wireName()
        + " is unknown ("
        + cause
        + "): "
        + "the service may have processed it. Check its state before sending it again.";
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return false;
  }
}
