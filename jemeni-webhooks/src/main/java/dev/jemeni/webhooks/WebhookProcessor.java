package dev.jemeni.webhooks;

import dev.jemeni.webhooks.ProcessedEventStore.RecordResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives a webhook request, runs the handler once per event, and returns the HTTP status to
 * respond with.
 *
 * <p>The key is recorded as in progress before the handler runs, so of concurrent deliveries of one
 * event exactly one runs it. When the handler returns, the key is marked processed. When it throws,
 * the key is removed, and the 500 response makes the service retry. A duplicate of a processed
 * event returns 200 without running the handler. Thread-safe when the store and handler are.
 */
public final class WebhookProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookProcessor.class);

  private final WebhookReceiver receiver;
  private final ProcessedEventStore store;
  private final WebhookHandler handler;

  /** Creates a processor that verifies with {@code receiver} and deduplicates in {@code store}. */
  public WebhookProcessor(
      WebhookReceiver receiver, ProcessedEventStore store, WebhookHandler handler) {
    this.receiver = Objects.requireNonNull(receiver, "receiver");
    this.store = Objects.requireNonNull(store, "store");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Processes one webhook request.
   *
   * @param body the request body exactly as received
   * @param headers the request headers; names are compared ignoring case
   * @return the outcome, with the status to respond with; a malformed request or a handler that
   *     throws an exception never makes this method throw, but an {@link Error} from the handler
   *     propagates
   */
  public ProcessingResult process(byte[] body, Map<String, List<String>> headers) {
    WebhookResult result = receiver.receive(body, headers);
    if (result instanceof WebhookResult.Rejected rejected) {
      LOG.warn("Rejected webhook: {}", rejected.rejection().message());
      return new ProcessingResult.Rejected(rejected.rejection());
    }
    WebhookResult.Verified verified = (WebhookResult.Verified) result;

    return deliverOnce(verified.event(), verified.key());
  }

  private ProcessingResult deliverOnce(WebhookEvent event, EventKey key) {
    RecordResult recorded;
    try {
      recorded = store.recordIfAbsent(key);
    } catch (RuntimeException e) {
      LOG.error("Processed-event store failed to record {} event {}", event.type(), key, e);
      return new ProcessingResult.Failed(key, e.getClass().getSimpleName());
    }

    return switch (recorded) {
      case RECORDED -> runHandler(event, key);
      case IN_PROGRESS -> inProgress(event, key);
      case PROCESSED -> duplicate(event, key);
    };
  }

  private ProcessingResult runHandler(WebhookEvent event, EventKey key) {
    boolean handled = false;
    try {
      handler.handle(event);
      handled = true;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.error("Webhook handler failed on {} event {}; responding 500", event.type(), key, e);
      return new ProcessingResult.Failed(key, e.getClass().getSimpleName());
    } finally {
      // Also on an Error from the handler: the event must stay deliverable.
      settle(key, handled);
    }
    return new ProcessingResult.Processed(event, key);
  }

  private void settle(EventKey key, boolean handled) {
    try {
      if (handled) {
        store.markProcessed(key);
      } else {
        store.remove(key);
      }
    } catch (RuntimeException e) {
      LOG.error("Processed-event store failed to settle event {} (handled={})", key, handled, e);
    }
  }

  private static ProcessingResult inProgress(WebhookEvent event, EventKey key) {
    LOG.info("Webhook {} event {} is being processed by another delivery", event.type(), key);
    return new ProcessingResult.InProgress(event, key);
  }

  private static ProcessingResult duplicate(WebhookEvent event, EventKey key) {
    LOG.debug("Duplicate webhook {} event {}; handler not run", event.type(), key);
    return new ProcessingResult.Duplicate(event, key);
  }
}
