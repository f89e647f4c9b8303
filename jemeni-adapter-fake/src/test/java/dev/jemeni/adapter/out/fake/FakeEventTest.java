package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.AWA;
import static dev.jemeni.adapter.out.fake.Fixtures.START;
import static dev.jemeni.adapter.out.fake.Fixtures.awaPays;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.stateOf;
import static dev.jemeni.adapter.out.fake.Fixtures.subscribe;
import static dev.jemeni.adapter.out.fake.Fixtures.unsubscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.value.TransactionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FakeEventTest {

  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);
  private final List<FakeEvent> events = Collections.synchronizedList(new ArrayList<>());

  FakeEventTest() {
    fake.onEvent(events::add);
  }

  @Test
  void approvalFiresPaymentSucceeded() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    clock.advance(Duration.ofSeconds(48));

    fake.customers().approve(id);

    FakeEvent.PaymentSucceeded event = (FakeEvent.PaymentSucceeded) single(events);
    assertThat(event.name()).isEqualTo("payment.success");
    assertThat(event.occurredAt()).isEqualTo(START.plusSeconds(48));
    assertThat(event.transaction().transactionId()).isEqualTo(id);
    assertThat(event.transaction().payment().get().status().raw()).isEqualTo("paid");
  }

  @Test
  void declineFiresPaymentFailed() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();

    fake.customers().decline(id);

    FakeEvent.PaymentFailed event = (FakeEvent.PaymentFailed) single(events);
    assertThat(event.name()).isEqualTo("payment.failed");
    assertThat(event.transaction().payment().get().status().raw()).isEqualTo("declined");
  }

  @Test
  void sendingFiresNothing() {
    right(fake.sendPayment(awaPays("5000")));

    assertThat(events).isEmpty();
  }

  @Test
  void tickFiresDueExpiryOnce() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    clock.advance(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME.plusHours(1));
    int beforeTick = events.size();

    int changed = fake.tick();
    int changedAgain = fake.tick();
    right(fake.transactionState(stateOf(id)));

    assertThat(beforeTick).isZero();
    assertThat(changed).isEqualTo(1);
    assertThat(changedAgain).isZero();
    FakeEvent.PaymentFailed event = (FakeEvent.PaymentFailed) single(events);
    assertThat(event.occurredAt())
        .isEqualTo(START.plus(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME));
    assertThat(event.transaction().payment().get().status().raw()).isEqualTo("expired");
  }

  @Test
  void stateReadFiresDueExpiry() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    clock.advance(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME);

    right(fake.transactionState(stateOf(id)));
    right(fake.transactionState(stateOf(id)));

    assertThat(single(events)).isInstanceOf(FakeEvent.PaymentFailed.class);
  }

  @Test
  void tickFiresScheduledApproval() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    fake.customers().approveAt(id, START.plusSeconds(5));
    clock.advance(Duration.ofSeconds(5));

    fake.tick();

    FakeEvent event = single(events);
    assertThat(event).isInstanceOf(FakeEvent.PaymentSucceeded.class);
    assertThat(event.occurredAt()).isEqualTo(START.plusSeconds(5));
  }

  @Test
  void lateApprovalStillFiresExpiry() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    clock.advance(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME);

    assertThatThrownBy(() -> fake.customers().approve(id))
        .isInstanceOf(IllegalStateException.class);

    assertThat(single(events)).isInstanceOf(FakeEvent.PaymentFailed.class);
  }

  @Test
  void subscriptionChangesFireEvents() {
    Subscription created =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    right(fake.disableSubscription(unsubscribe(AWA)));
    right(fake.disableSubscription(unsubscribe(AWA)));

    assertThat(events).hasSize(2);
    FakeEvent.SubscriptionCreated first = (FakeEvent.SubscriptionCreated) events.get(0);
    FakeEvent.SubscriptionDisabled second = (FakeEvent.SubscriptionDisabled) events.get(1);
    assertThat(first.name()).isEqualTo("subscription.created");
    assertThat(first.subscription()).isEqualTo(created);
    assertThat(first.customer().phone()).contains(FakeSeed.AWA_PHONE);
    assertThat(second.name()).isEqualTo("subscription.disabled");
    assertThat(second.subscription().id()).isEqualTo(created.id());
    assertThat(second.subscription().status()).contains("disabled");
  }

  @Test
  void rejectedCallFiresNothing() {
    fake.scenario().failNext(new HttpStatusError.ServiceUnavailable(""));

    fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01"));

    assertThat(events).isEmpty();
  }

  @Test
  void processedLostCallStillFiresEvent() {
    fake.scenario().failNext(Fault.processedResponseLost("Read timed out"));

    fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01"));

    assertThat(single(events)).isInstanceOf(FakeEvent.SubscriptionCreated.class);
  }

  @Test
  void throwingListenerSparesOthersAndCaller() {
    List<Throwable> uncaught = new ArrayList<>();
    List<FakeEvent> later = new ArrayList<>();
    Thread thread = Thread.currentThread();
    Thread.UncaughtExceptionHandler previous = thread.getUncaughtExceptionHandler();
    thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    try {
      fake.onEvent(
          event -> {
            throw new IllegalStateException("listener broke");
          });
      fake.onEvent(later::add);

      right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    } finally {
      thread.setUncaughtExceptionHandler(previous);
    }

    assertThat(uncaught)
        .singleElement()
        .extracting(Throwable::getMessage)
        .isEqualTo("listener broke");
    assertThat(later).hasSize(1);
    assertThat(events).hasSize(1);
  }

  @Test
  void removedListenerHearsNothing() {
    List<FakeEvent> heard = new ArrayList<>();
    Consumer<FakeEvent> listener = heard::add;
    fake.onEvent(listener);

    boolean removed = fake.removeListener(listener);
    right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));

    assertThat(removed).isTrue();
    assertThat(heard).isEmpty();
  }

  private static FakeEvent single(List<FakeEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
