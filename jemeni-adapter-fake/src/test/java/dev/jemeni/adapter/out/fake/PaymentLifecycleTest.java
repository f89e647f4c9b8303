package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.START;
import static dev.jemeni.adapter.out.fake.Fixtures.awaPays;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.stateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.model.TransactionState;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PaymentLifecycleTest {

  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);

  @Test
  void sentPaymentIsCreatedWithoutPayment() {
    Transaction sent = right(fake.sendPayment(awaPays("5000")));

    assertThat(sent.state()).isEqualTo(TransactionState.CREATED);
    assertThat(sent.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(sent.amount()).contains(Money.xof(5000));
    assertThat(sent.transactionId().value()).matches("[0-9A-HJKMNP-TV-Z]{26}");
    assertThat(sent.customer().flatMap(c -> c.phone())).contains(FakeSeed.AWA_PHONE);
    assertThat(sent.client().flatMap(c -> c.name())).contains("Boutique Sahel");
    assertThat(sent.clientMerchants()).hasSize(2);
    assertThat(sent.payment()).isEmpty();
    assertThat(sent.timestamps().createdAt()).contains(START);
  }

  @Test
  void stateQueryShowsPendingPayment() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();

    Transaction state = right(fake.transactionState(stateOf(id)));

    assertThat(state.state()).isEqualTo(TransactionState.PENDING);
    Payment payment = state.payment().get();
    assertThat(payment.status().raw()).isEqualTo("pending");
    assertThat(payment.reference().get().value()).matches("JP-[A-Z0-9]{10}");
    assertThat(payment.amount()).contains(Money.xof(5000));
    assertThat(payment.dueAt())
        .contains(START.plus(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME));
  }

  @Test
  void approvedPaymentSucceeds() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    clock.advance(Duration.ofSeconds(48));

    fake.customers().approve(id);

    Transaction state = right(fake.transactionState(stateOf(id)));
    assertThat(state.state()).isEqualTo(TransactionState.SUCCEEDED);
    assertThat(state.payment().get().status().raw()).isEqualTo("paid");
    assertThat(state.timestamps().updatedAt()).contains(START.plusSeconds(48));
  }

  @Test
  void declinedPaymentFails() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();

    Transaction declined = fake.customers().decline(id);

    assertThat(declined.state()).isEqualTo(TransactionState.FAILED);
    assertThat(declined.payment().get().status().raw()).isEqualTo("declined");
    assertThat(right(fake.transactionState(stateOf(id))).outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void unansweredPaymentExpiresAtDueTime() {
    FakeJemeniGateway shortLived =
        FakeJemeniGateway.builder().clock(clock).paymentLifetime(Duration.ofMinutes(15)).build();
    TransactionId id = right(shortLived.sendPayment(awaPays("5000"))).transactionId();

    clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    Transaction justBefore = right(shortLived.transactionState(stateOf(id)));
    clock.advance(Duration.ofSeconds(1));
    Transaction atDueTime = right(shortLived.transactionState(stateOf(id)));

    assertThat(justBefore.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(atDueTime.state()).isEqualTo(TransactionState.FAILED);
    assertThat(atDueTime.payment().get().status().raw()).isEqualTo("expired");
    assertThat(atDueTime.timestamps().updatedAt()).contains(START.plus(Duration.ofMinutes(15)));
  }

  @Test
  void expireFailsPaymentAtOnce() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();

    fake.customers().expire(id);

    Transaction state = right(fake.transactionState(stateOf(id)));
    assertThat(state.payment().get().status().raw()).isEqualTo("expired");
    assertThat(state.outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void scheduledApprovalTakesEffectOnClock() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    fake.customers().approveAt(id, START.plusSeconds(30));

    clock.advance(Duration.ofSeconds(29));
    Outcome before = right(fake.transactionState(stateOf(id))).outcome();
    clock.advance(Duration.ofSeconds(1));
    Transaction after = right(fake.transactionState(stateOf(id)));

    assertThat(before).isEqualTo(Outcome.PENDING);
    assertThat(after.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(after.timestamps().updatedAt()).contains(START.plusSeconds(30));
  }

  @Test
  void scheduledDeclineTakesEffectOnClock() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    fake.customers().declineAt(id, START.plusSeconds(10));

    clock.advance(Duration.ofMinutes(1));

    Transaction state = fake.transaction(id).get();
    assertThat(state.payment().get().status().raw()).isEqualTo("declined");
    assertThat(state.timestamps().updatedAt()).contains(START.plusSeconds(10));
  }

  @Test
  void approvalAfterDueTimeComesTooLate() {
    FakeJemeniGateway shortLived =
        FakeJemeniGateway.builder().clock(clock).paymentLifetime(Duration.ofMinutes(5)).build();
    TransactionId id = right(shortLived.sendPayment(awaPays("5000"))).transactionId();
    shortLived.customers().approveAt(id, START.plus(Duration.ofMinutes(6)));

    clock.advance(Duration.ofMinutes(10));

    Transaction state = shortLived.transaction(id).get();
    assertThat(state.payment().get().status().raw()).isEqualTo("expired");
    assertThat(state.timestamps().updatedAt()).contains(START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void defaultBehaviourApprovesAfterDelay() {
    FakeJemeniGateway demo =
        FakeJemeniGateway.builder()
            .clock(clock)
            .defaultBehaviour(CustomerBehaviour.approvesAfter(Duration.ofSeconds(5)))
            .build();
    TransactionId id = right(demo.sendPayment(awaPays("5000"))).transactionId();

    Outcome immediately = right(demo.transactionState(stateOf(id))).outcome();
    clock.advance(Duration.ofSeconds(5));
    Outcome later = right(demo.transactionState(stateOf(id))).outcome();

    assertThat(immediately).isEqualTo(Outcome.PENDING);
    assertThat(later).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void customerBehaviourOverridesDefault() {
    fake.customers().behaviour(Fixtures.MOUSSA, CustomerBehaviour.declinesAfter(Duration.ZERO));
    TransactionId moussas =
        right(fake.sendPayment(Fixtures.payment(FakeSeed.MOUSSA_PHONE, "900"))).transactionId();
    TransactionId awas = right(fake.sendPayment(awaPays("900"))).transactionId();

    clock.advance(Duration.ofSeconds(1));

    assertThat(fake.transaction(moussas).get().payment().get().status().raw())
        .isEqualTo("declined");
    assertThat(fake.transaction(awas).get().outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void decidingFinishedPaymentThrows() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    fake.customers().approve(id);

    assertThatThrownBy(() -> fake.customers().decline(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(id.value())
        .hasMessageContaining("already paid");
  }

  @Test
  void decidingExpiredPaymentThrows() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();
    clock.advance(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME);

    assertThatThrownBy(() -> fake.customers().approve(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already expired");
  }

  @Test
  void decidingUnknownTransactionThrows() {
    TransactionId unknown = new TransactionId("01JD3M8ZK4T7N2VXW5C9R6B1EQ");

    assertThatThrownBy(() -> fake.customers().approve(unknown))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining(unknown.value());
  }

  @Test
  void schedulingBeforeSendThrows() {
    TransactionId id = right(fake.sendPayment(awaPays("5000"))).transactionId();

    assertThatThrownBy(() -> fake.customers().approveAt(id, START.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before transaction");
  }

  @Test
  void transactionsListsEverySentPayment() {
    right(fake.sendPayment(awaPays("100")));
    right(fake.sendPayment(awaPays("200")));

    assertThat(fake.transactions().map(t -> t.amount().get()))
        .containsExactlyInAnyOrder(Money.xof(100), Money.xof(200));
  }
}
