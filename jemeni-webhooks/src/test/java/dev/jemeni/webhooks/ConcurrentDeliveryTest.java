package dev.jemeni.webhooks;

import static dev.jemeni.webhooks.Fixtures.event;
import static dev.jemeni.webhooks.Fixtures.paymentData;
import static dev.jemeni.webhooks.Fixtures.receiverAt;
import static dev.jemeni.webhooks.Fixtures.signedWithSecret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many deliveries of one event on real threads, released together by a latch. */
class ConcurrentDeliveryTest {

  private static final int DELIVERIES = 100;
  private static final Instant NOW = Instant.parse("2024-12-30T13:00:00Z");

  private final byte[] body =
      event("payment.success", "2024-12-30T12:59:00Z", paymentData("TX-C", "success"));
  private final Map<String, List<String>> headers = signedWithSecret(body);

  @Test
  void hundredConcurrentDeliveriesRunHandlerOnce() throws Exception {
    InMemoryProcessedEventStore store = new InMemoryProcessedEventStore();

    Run run = deliverConcurrently(store);

    assertThat(run.handlerCalls()).isEqualTo(1);
    assertThat(run.results()).hasSize(DELIVERIES);
    assertThat(run.results()).filteredOn(ProcessingResult.Processed.class::isInstance).hasSize(1);
    assertThat(run.results())
        .allMatch(
            result ->
                result instanceof ProcessingResult.Processed
                    || result instanceof ProcessingResult.Duplicate
                    || result instanceof ProcessingResult.InProgress);
  }

  /**
   * Shows that the test above can fail: with a store that checks and then puts in two steps, every
   * delivery finds the key absent, so the handler runs for each. The barrier between the two steps
   * makes that interleaving certain rather than likely.
   */
  @Test
  void nonAtomicStoreRunsHandlerRepeatedly() throws Exception {
    CheckThenPutStore store = new CheckThenPutStore(DELIVERIES);

    Run run = deliverConcurrently(store);

    assertThat(run.handlerCalls()).isEqualTo(DELIVERIES);
  }

  private Run deliverConcurrently(ProcessedEventStore store) throws Exception {
    AtomicInteger handlerCalls = new AtomicInteger();
    WebhookProcessor processor =
        new WebhookProcessor(receiverAt(NOW), store, event -> handlerCalls.incrementAndGet());
    CountDownLatch ready = new CountDownLatch(DELIVERIES);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
    try {
      List<Future<ProcessingResult>> futures = new ArrayList<>();
      for (int i = 0; i < DELIVERIES; i++) {
        futures.add(pool.submit(() -> deliverAfterStart(processor, ready, start)));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start.countDown();

      List<ProcessingResult> results = new ArrayList<>();
      for (Future<ProcessingResult> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return new Run(handlerCalls.get(), results);
    } finally {
      pool.shutdownNow();
    }
  }

  private ProcessingResult deliverAfterStart(
      WebhookProcessor processor, CountDownLatch ready, CountDownLatch start)
      throws InterruptedException {
    ready.countDown();
    start.await();
    return processor.process(body.clone(), headers);
  }

  private record Run(int handlerCalls, List<ProcessingResult> results) {}

  /** The race a correct store avoids: check, wait for every other caller, then put. */
  private static final class CheckThenPutStore implements ProcessedEventStore {

    private final Set<EventKey> keys = ConcurrentHashMap.newKeySet();
    private final CyclicBarrier allChecked;

    CheckThenPutStore(int callers) {
      this.allChecked = new CyclicBarrier(callers);
    }

    @Override
    public RecordResult recordIfAbsent(EventKey key) {
      boolean present = keys.contains(key);
      awaitOthers();
      keys.add(key);
      return present ? RecordResult.PROCESSED : RecordResult.RECORDED;
    }

    @Override
    public void markProcessed(EventKey key) {}

    @Override
    public void remove(EventKey key) {
      keys.remove(key);
    }

    private void awaitOthers() {
      try {
        allChecked.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting at the barrier", e);
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("not every delivery reached the barrier", e);
      }
    }
  }
}
