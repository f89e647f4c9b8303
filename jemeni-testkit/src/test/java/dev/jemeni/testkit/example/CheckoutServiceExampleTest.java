package dev.jemeni.testkit.example;

import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.builder.JemeniBuilders.aSendPayment;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.Fault;
import dev.jemeni.adapter.out.fake.MutableClock;
import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.ValidationFailed;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.testkit.example.CheckoutService.PaymentStatus;
import dev.jemeni.testkit.junit.JemeniFake;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How a service team tests its own code against the fake: {@link JemeniFake} injects a fresh fake
 * per test, the builders state the expected command, and the assertions check domain results.
 */
@JemeniFake
class CheckoutServiceExampleTest {

  private final FakeJemeniGateway jemeni;
  private final CheckoutService checkout;

  CheckoutServiceExampleTest(FakeJemeniGateway jemeni) {
    this.jemeni = jemeni;
    this.checkout = new CheckoutService(jemeni);
  }

  @Test
  void orderIsPaidOnceCustomerApproves() {
    TransactionId transaction = checkout.requestPayment("98745632", "7500").get();

    jemeni.customers().approve(transaction);

    assertThat(checkout.status(transaction)).isSuccess().isEqualTo(PaymentStatus.PAID);
    SendPayment expected = aSendPayment().withAmount(7500).build();
    assertThat(jemeni.calls().commands(SendPayment.class)).containsExactly(expected);
  }

  @Test
  void orderAwaitsCustomerUntilPaymentExpires(MutableClock clock) {
    TransactionId transaction = checkout.requestPayment("98745632", "7500").get();
    assertThat(checkout.status(transaction)).isSuccess().isEqualTo(PaymentStatus.AWAITING_CUSTOMER);

    clock.advance(Duration.ofDays(4));

    assertThat(checkout.status(transaction)).isSuccess().isEqualTo(PaymentStatus.NOT_PAID);
  }

  @Test
  void declinedOrderIsNotPaid() {
    TransactionId transaction = checkout.requestPayment("98745632", "7500").get();

    jemeni.customers().decline(transaction);

    assertThat(checkout.status(transaction)).isSuccess().isEqualTo(PaymentStatus.NOT_PAID);
  }

  @Test
  void unknownCustomerIsRejectedByService() {
    assertThat(checkout.requestPayment("70000001", "7500"))
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasViolationOn("customer_phone");
  }

  @Test
  void fractionalAmountIsRejectedBeforeSending() {
    assertThat(checkout.requestPayment("98745632", "75.50"))
        .isErrorOfType(ValidationFailed.class)
        .hasViolationOn("amount");
    assertThat(jemeni.calls().size()).isZero();
  }

  @Test
  void lostResponseIsReportedAndNotResent() {
    jemeni
        .scenario()
        .failNext(Operation.SEND_PAYMENT, Fault.processedResponseLost("Read timed out"));

    assertThat(checkout.requestPayment("98745632", "7500"))
        .isErrorOfType(OutcomeUnknown.class)
        .isNotRetrySafeFor(Operation.SEND_PAYMENT);
    assertThat(jemeni.calls().of(Operation.SEND_PAYMENT)).hasSize(1);
    assertThat(jemeni.transactions()).hasSize(1);
  }
}
