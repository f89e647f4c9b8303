package dev.jemeni.webhooks;

/**
 * The application's code for a verified event, which {@link WebhookProcessor} runs once per key.
 */
@FunctionalInterface
public interface WebhookHandler {

  /**
   * Handles a verified event.
   *
   * @throws Exception to make {@link WebhookProcessor} respond 500, so the service delivers the
   *     event again and the handler runs again
   */
  void handle(WebhookEvent event) throws Exception;
}
