package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.START;
import static dev.jemeni.adapter.out.fake.Fixtures.awaPays;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.model.Transaction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallLogTest {

  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);

  @Test
  void recordsOperationCommandTimeAndResult() {
    SendPayment command = awaPays("5000");
    clock.advance(Duration.ofMinutes(1));

    Transaction sent = right(fake.sendPayment(command));

    RecordedCall call = fake.calls().all().single();
    assertThat(call.sequence()).isEqualTo(1);
    assertThat(call.operation()).isEqualTo(Operation.SEND_PAYMENT);
    assertThat(call.command()).containsExactly(command);
    assertThat(call.receivedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(call.result().get()).isEqualTo(sent);
    assertThat(call.fault()).isEmpty();
    assertThat(call.processed()).isTrue();
    assertThat(call.failed()).isFalse();
  }

  @Test
  void recordsRefusals() {
    fake.sendPayment(Fixtures.payment(Fixtures.STRANGER.value(), "10"));

    RecordedCall call = fake.calls().last().get();

    assertThat(call.failed()).isTrue();
    assertThat(call.result().getLeft()).isInstanceOf(ApiCodeError.InvalidInputData.class);
  }

  @Test
  void listPlansHasNoCommand() {
    right(fake.listPlans());

    assertThat(fake.calls().last().get().command()).isEmpty();
  }

  @Test
  void keepsArrivalOrderAndFiltersByOperation() {
    Transaction sent = right(fake.sendPayment(awaPays("1")));
    right(fake.listPlans());
    right(fake.transactionState(stateOf(sent.transactionId())));
    right(fake.sendPayment(awaPays("2")));

    assertThat(fake.calls().all().map(RecordedCall::operation))
        .containsExactly(
            Operation.SEND_PAYMENT,
            Operation.LIST_PLANS,
            Operation.TRANSACTION_STATE,
            Operation.SEND_PAYMENT);
    assertThat(fake.calls().of(Operation.SEND_PAYMENT).map(RecordedCall::sequence))
        .containsExactly(1L, 4L);
    assertThat(fake.calls().commands(SendPayment.class).map(c -> c.amount().toPlainString()))
        .containsExactly("1", "2");
    assertThat(fake.calls().commands(TransactionStateQuery.class)).hasSize(1);
  }

  @Test
  void inspectionMethodsAreNotRecorded() {
    Transaction sent = right(fake.sendPayment(awaPays("1")));

    fake.transaction(sent.transactionId());
    fake.transactions();
    fake.subscriptions();
    fake.tick();
    fake.customers().approve(sent.transactionId());

    assertThat(fake.calls().size()).isEqualTo(1);
  }

  @Test
  void clearForgetsCallsButKeepsCounting() {
    right(fake.listPlans());
    fake.calls().clear();

    right(fake.listPlans());

    assertThat(fake.calls().size()).isEqualTo(1);
    assertThat(fake.calls().last().get().sequence()).isEqualTo(2);
  }
}
