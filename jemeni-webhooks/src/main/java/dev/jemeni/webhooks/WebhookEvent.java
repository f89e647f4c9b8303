package dev.jemeni.webhooks;

import java.time.Instant;

/**
 * A verified webhook event.
 *
 * <p>The service may deliver events out of order, for example a retried {@code payment.failed}
 * after a newer {@code payment.success}. Keep the timestamp of the last event applied to each
 * transaction, ignore an event whose {@link #timestamp()} is older, and never replace a terminal
 * status with a non-terminal one.
 */
public sealed interface WebhookEvent permits PaymentEvent, UnknownEvent {

  /** Returns the event name exactly as sent, such as {@code payment.success}. */
  String type();

  /** Returns the time the service gives for the event, from the body's {@code timestamp}. */
  Instant timestamp();

  /**
   * Returns whether the event's status is final (succeeded or failed), so a later event cannot
   * change it. An event without a status is not terminal.
   */
  boolean isTerminal();
}
