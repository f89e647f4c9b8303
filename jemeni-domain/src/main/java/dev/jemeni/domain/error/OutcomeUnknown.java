package dev.jemeni.domain.error;

import dev.jemeni.domain.command.Command;
import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.SendPayment;
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
        + "): the service may have processed it. "
        + advice();
  }

  /** Returns how to find out whether the command took effect before sending it again. */
  private String advice() {
    if (command instanceof SendPayment payment) {
      return "Its transaction id was in the lost response, so do not send it again: wait for the"
          + " payment webhook for "
          + payment.customerPhone()
          + " and "
          + payment.amount()
          + ", or ask Jemeni support, first.";
    }
    if (command instanceof CreateSubscription) {
      return "Check with Jemeni whether the customer is subscribed before creating it again.";
    }
    return "Check its state before sending it again.";
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return false;
  }
}
