package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.AWA;
import static dev.jemeni.adapter.out.fake.Fixtures.START;
import static dev.jemeni.adapter.out.fake.Fixtures.awaPays;
import static dev.jemeni.adapter.out.fake.Fixtures.left;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.stateOf;
import static dev.jemeni.adapter.out.fake.Fixtures.subscribe;
import static dev.jemeni.adapter.out.fake.Fixtures.unsubscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.TransportFailed;
import dev.jemeni.domain.model.Transaction;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeScenarioTest {

  private static final JemeniError UNAVAILABLE = new HttpStatusError.ServiceUnavailable("down");
  private static final JemeniError DATABASE =
      new ApiCodeError.DatabaseConnectionFailed(500, "database unreachable");

  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);

  @Test
  void nextCallFailsOnceWhateverItsOperation() {
    fake.scenario().failNext(UNAVAILABLE);

    JemeniError first = left(fake.listPlans());
    Transaction second = right(fake.sendPayment(awaPays("5000")));

    assertThat(first).isEqualTo(UNAVAILABLE);
    assertThat(second.transactionId()).isNotNull();
    assertThat(fake.scenario().pendingRules()).isZero();
  }

  @Test
  void rejectedCallLeavesStateUnchanged() {
    fake.scenario().failNext(UNAVAILABLE);

    left(fake.sendPayment(awaPays("5000")));

    assertThat(fake.transactions()).isEmpty();
    assertThat(fake.calls().last().get().processed()).isFalse();
  }

  @Test
  void nextThreeCallsFail() {
    fake.scenario().failNext(3, Fault.reject(DATABASE));

    List<Boolean> failed = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      failed.add(fake.listPlans().isLeft());
    }

    assertThat(failed).containsExactly(true, true, true, false);
  }

  @Test
  void operationRuleSparesOtherOperations() {
    fake.scenario().failNext(Operation.TRANSACTION_STATE, Fault.reject(UNAVAILABLE));
    Transaction sent = right(fake.sendPayment(awaPays("5000")));
    right(fake.listPlans());

    JemeniError stateError = left(fake.transactionState(stateOf(sent.transactionId())));
    Transaction retried = right(fake.transactionState(stateOf(sent.transactionId())));

    assertThat(stateError).isEqualTo(UNAVAILABLE);
    assertThat(retried.transactionId()).isEqualTo(sent.transactionId());
  }

  @Test
  void everyCallOfOperationFailsUntilReset() {
    fake.scenario().failEvery(Operation.LIST_PLANS, Fault.reject(UNAVAILABLE));

    boolean firstFailed = fake.listPlans().isLeft();
    boolean secondFailed = fake.listPlans().isLeft();
    fake.scenario().reset();
    boolean afterReset = fake.listPlans().isLeft();

    assertThat(firstFailed).isTrue();
    assertThat(secondFailed).isTrue();
    assertThat(afterReset).isFalse();
  }

  @Test
  void rulesApplyInOrderAdded() {
    JemeniError other = new HttpStatusError.GatewayTimeout("");
    fake.scenario()
        .failNext(Operation.LIST_PLANS, Fault.reject(UNAVAILABLE))
        .failNext(Fault.reject(other));

    JemeniError first = left(fake.listPlans());
    JemeniError second = left(fake.listPlans());

    assertThat(first).isEqualTo(UNAVAILABLE);
    assertThat(second).isEqualTo(other);
  }

  @Test
  void processedLostPaymentIsOutcomeUnknownButApplied() {
    SendPayment command = awaPays("5000");
    fake.scenario().failNext(Operation.SEND_PAYMENT, Fault.processedResponseLost("Read timed out"));

    JemeniError error = left(fake.sendPayment(command));

    assertThat(error).isEqualTo(new OutcomeUnknown(command, "Read timed out"));
    assertThat(fake.transactions()).hasSize(1);
    assertThat(fake.transactions().head().amount()).contains(command.amount());
    assertThat(fake.calls().last().get().processed()).isTrue();
  }

  @Test
  void unprocessedLostPaymentIsOutcomeUnknownNotApplied() {
    SendPayment command = awaPays("5000");
    fake.scenario().failNext(Fault.unprocessedResponseLost("Connection reset"));

    JemeniError error = left(fake.sendPayment(command));

    assertThat(error).isEqualTo(new OutcomeUnknown(command, "Connection reset"));
    assertThat(fake.transactions()).isEmpty();
  }

  @Test
  void processedLostSubscriptionIsOutcomeUnknownButApplied() {
    CreateSubscription command = subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01");
    fake.scenario().failNext(Fault.processedResponseLost("Read timed out"));

    JemeniError error = left(fake.createSubscription(command));

    assertThat(error).isEqualTo(new OutcomeUnknown(command, "Read timed out"));
    assertThat(fake.subscriptions(AWA)).hasSize(1);
  }

  @Test
  void lostResponseOfIdempotentCallIsTransportFailure() {
    right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    fake.scenario().failNext(Fault.processedResponseLost("Read timed out"));

    JemeniError error = left(fake.disableSubscription(unsubscribe(AWA)));

    assertThat(error).isEqualTo(new TransportFailed(CallRunner.TARGET, "Read timed out"));
    assertThat(fake.subscriptions(AWA).single().status()).contains("disabled");
  }

  @Test
  void lostResponseOfReadIsTransportFailure() {
    fake.scenario().failNext(Fault.unprocessedResponseLost("Read timed out"));

    JemeniError error = left(fake.listPlans());

    assertThat(error).isInstanceOf(TransportFailed.class);
  }

  @Test
  void rejectWithOutcomeUnknownIsNotApplied() {
    SendPayment command = awaPays("5000");
    fake.scenario().failNext(Fault.reject(new OutcomeUnknown(command, "scripted")));

    left(fake.sendPayment(command));

    assertThat(fake.transactions()).isEmpty();
  }

  @Test
  void latencyAdvancesClockBeforeProcessing() {
    fake.scenario().latency(Duration.ofSeconds(2));

    Transaction sent = right(fake.sendPayment(awaPays("5000")));

    RecordedCall call = fake.calls().last().get();
    assertThat(call.receivedAt()).isEqualTo(START);
    assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(2));
    assertThat(sent.timestamps().createdAt()).contains(START.plusSeconds(2));
  }

  @Test
  void operationLatencyOverridesDefault() {
    fake.scenario()
        .latency(Duration.ofMillis(100))
        .latency(Operation.LIST_PLANS, Duration.ofSeconds(31));

    right(fake.listPlans());
    right(fake.sendPayment(awaPays("5000")));

    assertThat(fake.calls().of(Operation.LIST_PLANS).single().elapsed())
        .isEqualTo(Duration.ofSeconds(31));
    assertThat(fake.calls().of(Operation.SEND_PAYMENT).single().elapsed())
        .isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void latencyGoesThroughInjectedSleeper() {
    List<Duration> slept = new ArrayList<>();
    FakeJemeniGateway fixedTime =
        FakeJemeniGateway.builder()
            .clock(Clock.fixed(START, ZoneOffset.UTC))
            .sleeper(slept::add)
            .build();
    fixedTime.scenario().latency(Operation.TRANSACTION_STATE, Duration.ofMillis(750));

    right(fixedTime.listPlans());
    left(fixedTime.transactionState(stateOf(new dev.jemeni.domain.value.TransactionId("x"))));

    assertThat(slept).containsExactly(Duration.ofMillis(750));
  }

  @Test
  void latencyAppliesToFaultedCalls() {
    fake.scenario().latency(Duration.ofSeconds(30)).failNext(Fault.unprocessedResponseLost("t"));

    left(fake.listPlans());

    assertThat(fake.calls().last().get().elapsed()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void resetClearsLatency() {
    fake.scenario().latency(Duration.ofSeconds(5));
    fake.scenario().reset();

    right(fake.listPlans());

    assertThat(fake.calls().last().get().elapsed()).isZero();
  }

  @Test
  void invalidRuleArgumentsAreRejected() {
    FakeScenario scenario = fake.scenario();

    assertThatThrownBy(() -> scenario.failNext(0, Fault.reject(UNAVAILABLE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calls 0");
    assertThatThrownBy(() -> scenario.latency(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void recordedFaultNamesInjectedFault() {
    Fault fault = Fault.reject(UNAVAILABLE);
    fake.scenario().failNext(fault);

    left(fake.listPlans());

    assertThat(fake.calls().last().get().fault()).isEqualTo(Option.some(fault));
  }
}
