package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.awaPays;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.subscribe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final int THREADS = 16;
  private static final int SENDS_PER_THREAD = 50;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void concurrentSendsGetUniqueIds() throws Exception {
    List<List<Transaction>> perThread =
        runTogether(
            () -> {
              List<Transaction> sent = new ArrayList<>();
              for (int i = 0; i < SENDS_PER_THREAD; i++) {
                sent.add(right(fake.sendPayment(awaPays("5000"))));
              }
              return sent;
            });

    Set<TransactionId> ids = new HashSet<>();
    Set<Long> recordNumbers = new HashSet<>();
    Set<String> references = new HashSet<>();
    for (List<Transaction> sent : perThread) {
      for (Transaction transaction : sent) {
        ids.add(transaction.transactionId());
        recordNumbers.add(transaction.id().get());
        references.add(
            fake.transaction(transaction.transactionId())
                .get()
                .payment()
                .get()
                .reference()
                .get()
                .value());
      }
    }
    int total = THREADS * SENDS_PER_THREAD;
    assertThat(ids).hasSize(total);
    assertThat(recordNumbers).hasSize(total);
    assertThat(references).hasSize(total);
    assertThat(fake.calls().size()).isEqualTo(total);
    assertThat(fake.calls().all().map(RecordedCall::sequence).distinct()).hasSize(total);
    assertThat(fake.transactions()).hasSize(total);
  }

  @Test
  void concurrentSubscribersGetOneActiveSubscription() throws Exception {
    List<Either<JemeniError, Subscription>> results =
        runTogether(
            () -> fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));

    assertThat(results.stream().filter(Either::isRight)).hasSize(1);
    assertThat(fake.subscriptions(Fixtures.AWA)).hasSize(1);
  }

  @Test
  void racingDecisionsChangePaymentOnce() throws Exception {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    AtomicInteger events = new AtomicInteger();
    fake.onEvent(event -> events.incrementAndGet());
    AtomicInteger turn = new AtomicInteger();

    List<Boolean> decided =
        runTogether(
            () -> {
              try {
                if (turn.getAndIncrement() % 2 == 0) {
                  fake.customers().approve(id);
                } else {
                  fake.customers().decline(id);
                }
                return true;
              } catch (IllegalStateException alreadyDecided) {
                return false;
              }
            });

    assertThat(decided.stream().filter(Boolean::booleanValue)).hasSize(1);
    assertThat(events.get()).isEqualTo(1);
  }

  @Test
  void concurrentObserversFireExpiryOnce() throws Exception {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    AtomicInteger events = new AtomicInteger();
    fake.onEvent(event -> events.incrementAndGet());
    clock.advance(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME);

    runTogether(
        () -> {
          fake.tick();
          return fake.transaction(id).get();
        });

    assertThat(events.get()).isEqualTo(1);
  }

  /** Runs the task on every thread at once and returns each thread's result. */
  private <T> List<T> runTogether(Callable<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(30, TimeUnit.SECONDS));
    }
    return results;
  }
}
