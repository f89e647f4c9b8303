package dev.jemeni.webhooks;

import java.util.Objects;

/** The result of {@link WebhookReceiver}: a verified event or a rejection. */
public sealed interface WebhookResult {

  /**
   * A correctly signed, fresh and readable event.
   *
   * @param event the typed event
   * @param key the event's identity for delivery once
   */
  record Verified(WebhookEvent event, EventKey key) implements WebhookResult {

    /** Rejects null values. */
    public Verified {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * A request that must not be processed.
   *
   * @param rejection why; its {@link Rejection#httpStatus()} is the status to respond with
   */
  record Rejected(Rejection rejection) implements WebhookResult {

    /** Rejects a null rejection. */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
