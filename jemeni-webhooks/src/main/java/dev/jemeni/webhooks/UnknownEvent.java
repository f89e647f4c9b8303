package dev.jemeni.webhooks;

import dev.jemeni.domain.model.PaymentStatus;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified event of a type this library has no typed class for, delivered rather than rejected.
 *
 * <p>Rejecting it would make the service retry it forever, because it retries until it gets a 2xx.
 * The events the documentation names without fields ({@code invoice.created}, {@code
 * subscription.renewed}) and the subscription events ({@code subscription.created}, {@code
 * subscription.disabled}) arrive here, because their fields are not documented.
 *
 * @param type the event name as sent
 * @param timestamp when the event happened, from {@code timestamp}
 * @param status {@code data.status} when the body has one as text
 * @param rawJson the body exactly as received, decoded as UTF-8
 */
public record UnknownEvent(
    String type, Instant timestamp, Option<PaymentStatus> status, String rawJson)
    implements WebhookEvent {

  /** Rejects null fields. */
  public UnknownEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rawJson, "rawJson");
  }

  /** Returns whether {@code data.status} is present and final. */
  @Override
  public boolean isTerminal() {
    return status.exists(known -> known.outcome().isTerminal());
  }

  /** Shows the body's length only, because the body has a {@code signature} field. */
  @Override
  public String toString() {
    return "UnknownEvent[type="
        + type
        + ", timestamp="
        + timestamp
        + ", status="
        + status.map(PaymentStatus::raw).getOrElse("none")
        + ", rawJson="
        + rawJson.length()
        + " characters]";
  }
}
