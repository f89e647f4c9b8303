package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.event;
import static dev.jemeni.webhooks.Fixtures.paymentData;
import static dev.jemeni.webhooks.Fixtures.receiverAt;
import static dev.jemeni.webhooks.Fixtures.signed;
import static dev.jemeni.webhooks.Fixtures.signedWithSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookProcessorTest {

  private static final Instant NOW = Instant.parse("2024-12-30T13:00:00Z");

  private final byte[] body =
      event("payment.success", "2024-12-30T12:59:00Z", paymentData("TX1", "success"));
  private final Map<String, List<String>> headers = signedWithSecret(body);
  private final InMemoryProcessedEventStore store = new InMemoryProcessedEventStore();
  private final List<WebhookEvent> handled = new CopyOnWriteArrayList<>();

  @Test
  void firstDeliveryRunsHandlerAndAnswers200() {
    WebhookProcessor processor = processor(handled::add);

    ProcessingResult result = processor.process(body, headers);

    assertThat(result).isInstanceOf(ProcessingResult.Processed.class);
    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(result.reason()).isEqualTo("processed payment.success");
    assertThat(handled).hasSize(1);
  }

  @Test
  void duplicateAnswers200WithoutHandler() {
    WebhookProcessor processor = processor(handled::add);
    processor.process(body, headers);
    byte[] retry = event("payment.success", "2024-12-30T12:59:30Z", paymentData("TX1", "success"));

    ProcessingResult same = processor.process(body.clone(), headers);
    ProcessingResult resent = processor.process(retry, signedWithSecret(retry));

    assertThat(same).isInstanceOf(ProcessingResult.Duplicate.class);
    assertThat(same.httpStatus()).isEqualTo(200);
    assertThat(resent).isInstanceOf(ProcessingResult.Duplicate.class);
    assertThat(handled).hasSize(1);
  }

  @Test
  void rejectedRequestAnswers4xxWithoutHandler() {
    WebhookProcessor processor = processor(handled::add);
    String wrong = WebhookSigner.of(WebhookSecret.of("other")).sign(body);

    ProcessingResult badSignature = processor.process(body, signed(wrong));
    ProcessingResult noSignature = processor.process(body, Map.of());
    ProcessingResult stale =
        new WebhookProcessor(receiverAt(NOW.plusSeconds(73 * 3600)), store, handled::add)
            .process(body, headers);

    assertThat(badSignature.httpStatus()).isEqualTo(401);
    assertThat(noSignature.httpStatus()).isEqualTo(401);
    assertThat(stale.httpStatus()).isEqualTo(400);
    assertThat(stale.reason()).contains("old, more than the tolerance");
    assertThat(handled).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void failingHandlerAnswers500AndRetryRunsItAgain() {
    AtomicInteger calls = new AtomicInteger();
    WebhookProcessor processor =
        processor(
            event -> {
              if (calls.incrementAndGet() == 1) {
                throw new IOException("database unavailable");
              }
            });

    ProcessingResult first = processor.process(body, headers);
    ProcessingResult retry = processor.process(body, headers);
    ProcessingResult third = processor.process(body, headers);

    assertThat(first).isEqualTo(new ProcessingResult.Failed(keyOf(body), "IOException"));
    assertThat(first.httpStatus()).isEqualTo(500);
    assertThat(first.reason()).doesNotContain("database unavailable");
    assertThat(retry).isInstanceOf(ProcessingResult.Processed.class);
    assertThat(third).isInstanceOf(ProcessingResult.Duplicate.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void errorFromHandlerPropagatesAndReleasesKey() {
    WebhookProcessor failing =
        processor(
            event -> {
              throw new AssertionError("handler bug");
            });

    assertThatThrownBy(() -> failing.process(body, headers)).isInstanceOf(AssertionError.class);

    assertThat(processor(handled::add).process(body, headers))
        .isInstanceOf(ProcessingResult.Processed.class);
  }

  @Test
  void deliveryDuringRunningHandlerAnswers409() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WebhookProcessor processor =
        processor(
            event -> {
              entered.countDown();
              assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            });
    CompletableFuture<ProcessingResult> first =
        CompletableFuture.supplyAsync(() -> processor.process(body, headers));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    ProcessingResult during = processor.process(body, headers);
    release.countDown();
    // The first delivery must have finished before the next one arrives, so wait for it.
    ProcessingResult firstResult = first.get(10, TimeUnit.SECONDS);
    ProcessingResult after = processor.process(body, headers);

    assertThat(during).isInstanceOf(ProcessingResult.InProgress.class);
    assertThat(during.httpStatus()).isEqualTo(409);
    assertThat(firstResult).isInstanceOf(ProcessingResult.Processed.class);
    assertThat(after).isInstanceOf(ProcessingResult.Duplicate.class);
  }

  @Test
  void failingStoreAnswers500WithoutHandler() {
    ProcessedEventStore broken =
        new ProcessedEventStore() {
          @Override
          public RecordResult recordIfAbsent(EventKey key) {
            throw new IllegalStateException("connection refused");
          }

          @Override
          public void markProcessed(EventKey key) {}

          @Override
          public void remove(EventKey key) {}
        };
    WebhookProcessor processor = new WebhookProcessor(receiverAt(NOW), broken, handled::add);

    ProcessingResult result = processor.process(body, headers);

    assertThat(result.httpStatus()).isEqualTo(500);
    assertThat(handled).isEmpty();
  }

  @Test
  void unknownEventIsProcessed() {
    byte[] unknown = event("subscription.disabled", "2024-12-30T12:59:00Z", "{\"phone\":\"1\"}");
    WebhookProcessor processor = processor(handled::add);

    ProcessingResult result = processor.process(unknown, signedWithSecret(unknown));

    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(handled).singleElement().isInstanceOf(UnknownEvent.class);
  }

  private WebhookProcessor processor(WebhookHandler handler) {
    return new WebhookProcessor(receiverAt(NOW), store, handler);
  }

  private static EventKey keyOf(byte[] body) {
    return ((WebhookResult.Verified) receiverAt(NOW).receive(body, signedWithSecret(body))).key();
  }
}
