package dev.jemeni.webhooks;

import java.util.Objects;

/**
 * The outcome of {@link WebhookProcessor} on one request, with the HTTP status and a short reason
 * to respond with.
 *
 * <p>The service retries until it gets a 2xx, so only the outcomes that no retry can improve return
 * 2xx: {@link Processed} and {@link Duplicate}.
 */
public sealed interface ProcessingResult {

  /** Returns the HTTP status code to respond with. */
  int httpStatus();

  /** Returns a short reason for the response body and logs; it never contains a secret. */
  String reason();

  /**
   * The handler ran and returned: 200.
   *
   * @param event the event
   * @param key its key, now marked processed
   */
  record Processed(WebhookEvent event, EventKey key) implements ProcessingResult {

    /** Rejects null values. */
    public Processed {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public int httpStatus() {
      return 200;
    }

    @Override
    public String reason() {
      return "processed " + event.type();
    }
  }

  /**
   * The event was processed before, so the handler did not run: 200.
   *
   * <p>This is how a replay inside the freshness window ends, whether the service retried or
   * someone resent a captured request. It returns 2xx because a 4xx would make the service retry an
   * event that is already handled.
   *
   * @param event the event
   * @param key its key
   */
  record Duplicate(WebhookEvent event, EventKey key) implements ProcessingResult {

    /** Rejects null values. */
    public Duplicate {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public int httpStatus() {
      return 200;
    }

    @Override
    public String reason() {
      return "duplicate " + event.type() + ", already processed";
    }
  }

  /**
   * Another delivery of the event is running the handler now, so this one did not run it: 409.
   *
   * <p>This is not a 2xx on purpose. If the running handler fails, its own delivery may already
   * have timed out at the service, and only this delivery's retry brings the event back.
   *
   * @param event the event
   * @param key its key
   */
  record InProgress(WebhookEvent event, EventKey key) implements ProcessingResult {

    /** Rejects null values. */
    public InProgress {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public int httpStatus() {
      return 409;
    }

    @Override
    public String reason() {
      return event.type() + " is being processed by another delivery: retry later";
    }
  }

  /**
   * The request was rejected before any handler ran: 400 or 401.
   *
   * @param rejection why
   */
  record Rejected(Rejection rejection) implements ProcessingResult {

    /** Rejects a null rejection. */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }

    @Override
    public int httpStatus() {
      return rejection.httpStatus();
    }

    @Override
    public String reason() {
      return rejection.message();
    }
  }

  /**
   * The handler or the store threw, so the key is not marked processed: 500, and the service
   * retries.
   *
   * @param key the event's key
   * @param failure the simple class name of what was thrown; the exception is logged, not returned
   */
  record Failed(EventKey key, String failure) implements ProcessingResult {

    /** Rejects null values. */
    public Failed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(failure, "failure");
    }

    @Override
    public int httpStatus() {
      return 500;
    }

    @Override
    public String reason() {
      return "processing failed (" + failure + "): the event will be processed on the next retry";
    }
  }
}
