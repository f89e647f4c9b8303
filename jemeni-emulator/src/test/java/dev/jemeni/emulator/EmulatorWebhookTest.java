package dev.jemeni.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.webhooks.InMemoryProcessedEventStore;
import dev.jemeni.webhooks.PaymentSucceeded;
import dev.jemeni.webhooks.UnknownEvent;
import dev.jemeni.webhooks.WebhookEvent;
import dev.jemeni.webhooks.WebhookProcessor;
import dev.jemeni.webhooks.WebhookReceiver;
import dev.jemeni.webhooks.WebhookSecret;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's webhooks, received over real HTTP and verified by the webhook receiver. */
class EmulatorWebhookTest {

  private static final WebhookSecret SECRET = WebhookSecret.of("whsec_emulator_test");
  private static final String PAYMENT =
      "{\"customer_phone\":\"98745632\",\"amount\":5000,\"country_id\":1}";

  private final BlockingQueue<WebhookEvent> handled = new LinkedBlockingQueue<>();
  private final AtomicInteger attempts = new AtomicInteger();
  private HttpServer receiver;
  private JemeniEmulator emulator;
  private SignedCalls calls;

  @BeforeEach
  void start() throws IOException {
    WebhookProcessor processor =
        new WebhookProcessor(
            WebhookReceiver.builder().secret(SECRET).build(),
            new InMemoryProcessedEventStore(),
            handled::add);
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    receiver.createContext(
        "/hooks",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          // The first delivery fails so the emulator has to retry.
          int status =
              attempts.incrementAndGet() == 1
                  ? 503
                  : processor.process(body, exchange.getRequestHeaders()).httpStatus();
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    emulator =
        JemeniEmulator.builder().gateway(FakeJemeniGateway.seeded()).webhook(url, SECRET).start();
    calls = new SignedCalls(emulator, Instant.now().getEpochSecond());
  }

  @AfterEach
  void stop() {
    emulator.close();
    receiver.stop(0);
  }

  @Test
  void approvedPaymentWebhookVerifiesAfterRetry() throws Exception {
    String id = calls.json("POST", "/send/payment", PAYMENT).at("/data/transaction_id").asText();

    emulator.gateway().customers().approve(new TransactionId(id));

    WebhookEvent event = handled.poll(10, TimeUnit.SECONDS);
    assertThat(event).isInstanceOf(PaymentSucceeded.class);
    PaymentSucceeded succeeded = (PaymentSucceeded) event;
    assertThat(succeeded.transactionId().value()).isEqualTo(id);
    assertThat(succeeded.amount().toPlainString()).isEqualTo("5000");
    assertThat(succeeded.status().outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(attempts.get()).isEqualTo(2);
  }

  @Test
  void subscriptionWebhooksArriveAsVerifiedEvents() throws Exception {
    calls.json(
        "POST",
        "/subscriptions/create",
        "{\"phone\":\"98745632\",\"plan_id\":1,\"frequency_id\":1,\"start_at\":\"2024-12-01\"}");

    WebhookEvent event = handled.poll(10, TimeUnit.SECONDS);

    assertThat(event).isInstanceOf(UnknownEvent.class);
    assertThat(event.type()).isEqualTo("subscription.created");
  }
}
