package dev.jemeni.domain.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.Idempotency;
import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void onlySendPaymentAndCreateSubscriptionAreNotIdempotent() {
    for (Operation operation : Operation.values()) {
      boolean expected =
          operation == Operation.SEND_PAYMENT || operation == Operation.CREATE_SUBSCRIPTION;

      assertThat(operation.idempotency() == Idempotency.NOT_IDEMPOTENT)
          .as(operation.wireName())
          .isEqualTo(expected);
    }
  }

  @Test
  void readsDoNotChangeState() {
    assertThat(Operation.TRANSACTION_STATE.changesState()).isFalse();
    assertThat(Operation.LIST_PLANS.changesState()).isFalse();
    assertThat(Operation.DISABLE_SUBSCRIPTION.changesState()).isTrue();
  }
}
