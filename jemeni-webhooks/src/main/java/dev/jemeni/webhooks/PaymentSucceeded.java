package dev.jemeni.webhooks;

import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@code payment.success} event: the service reports that a customer paid.
 *
 * @param transactionId the transaction, from {@code data.transaction_id}
 * @param amount the amount with its currency, from {@code data.amount} and {@code data.currency}
 * @param status the status as sent, from {@code data.status}
 * @param customerId the customer, from {@code data.customer_id}, when present
 * @param timestamp when the event happened, from {@code timestamp}
 */
public record PaymentSucceeded(
    TransactionId transactionId,
    Money amount,
    PaymentStatus status,
    Option<CustomerId> customerId,
    Instant timestamp)
    implements PaymentEvent {

  /** The event name, {@code payment.success}. */
  public static final String TYPE = "payment.success";

  /** Rejects null fields. */
  public PaymentSucceeded {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
