package dev.jemeni.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.adapter.out.fake.FakeEvent;
import dev.jemeni.webhooks.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs a signed webhook for each event and retries until the receiver responds with a 2xx, as the
 * service does, with a doubling delay and a bounded number of attempts.
 */
final class WebhookDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int MAX_ATTEMPTS = 8;
  private static final Duration FIRST_DELAY = Duration.ofMillis(200);

  private final URI target;
  private final WebhookSigner signer;
  private final WebhookBodies bodies;
  private final ObjectMapper mapper;
  private final ScheduledExecutorService scheduler;
  private final HttpClient http;

  WebhookDispatcher(
      URI target, WebhookSigner signer, ObjectMapper mapper, ScheduledExecutorService scheduler) {
    this.target = target;
    this.signer = signer;
    this.bodies = new WebhookBodies(mapper);
    this.mapper = mapper;
    this.scheduler = scheduler;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  /** Queues the event's webhook; never blocks the thread that changed the state. */
  void dispatch(FakeEvent event) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(bodies.of(event));
    } catch (JsonProcessingException e) {
      LOG.error("Could not write the {} webhook", event.name(), e);
      return;
    }
    scheduler.execute(() -> attempt(event.name(), body, 1));
  }

  private void attempt(String name, byte[] body, int attempt) {
    int status = post(body);
    if (status >= 200 && status < 300) {
      LOG.info("Webhook {} delivered to {} on attempt {}", name, target, attempt);
      return;
    }
    if (attempt >= MAX_ATTEMPTS) {
      LOG.warn("Webhook {} to {} given up after {} attempts", name, target, attempt);
      return;
    }
    long delay = FIRST_DELAY.toMillis() << (attempt - 1);
    LOG.info("Webhook {} got {}, retrying in {} ms", name, status, delay);
    scheduler.schedule(() -> attempt(name, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
  }

  /** Returns the receiver's status, or -1 when no response came. */
  private int post(byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header(signer.headerName(), signer.sign(body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      LOG.info("Webhook POST to {} failed: {}", target, e.toString());
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
