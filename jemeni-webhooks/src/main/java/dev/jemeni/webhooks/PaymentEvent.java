package dev.jemeni.webhooks;

import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;

/**
 * A payment event with the fields the documentation shows: transaction id, amount with currency,
 * status and customer id.
 *
 * <p>The event name selects the type, and the {@code status} is kept as sent. Before moving money,
 * check {@code status().outcome()}, which classifies the status word on its own.
 */
public sealed interface PaymentEvent extends WebhookEvent permits PaymentSucceeded, PaymentFailed {

  /** Returns the transaction the event is about, from {@code data.transaction_id}. */
  TransactionId transactionId();

  /** Returns the amount, from {@code data.amount} in {@code data.currency}. */
  Money amount();

  /** Returns the status, from {@code data.status}, such as {@code success}. */
  PaymentStatus status();

  /** Returns the customer, from {@code data.customer_id}, when the body names one. */
  Option<CustomerId> customerId();

  @Override
  default boolean isTerminal() {
    return status().outcome().isTerminal();
  }
}
