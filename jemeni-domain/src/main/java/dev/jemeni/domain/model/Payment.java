package dev.jemeni.domain.model;

import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PaymentReference;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The payment attached to a transaction once the customer acts on the notification.
 *
 * @param id the payment's identifier
 * @param subscriptionId the subscription the payment belongs to, if any
 * @param amount the amount due
 * @param dueAt when the payment is due
 * @param nature the kind of payment, when the API sends one
 * @param archived whether the payment was archived
 * @param timestamps creation, update and deletion times
 * @param status the payment status, raw and classified
 * @param reference the payment reference, such as {@code JP-8F3K2Q7W1A}
 */
public record Payment(
    Option<String> id,
    Option<String> subscriptionId,
    Option<Money> amount,
    Option<Instant> dueAt,
    Option<String> nature,
    boolean archived,
    Timestamps timestamps,
    PaymentStatus status,
    Option<PaymentReference> reference) {

  /** Rejects null components. */
  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(timestamps, "timestamps");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reference, "reference");
  }
}
