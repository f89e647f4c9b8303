package dev.jemeni.testkit.contract;

import static dev.jemeni.testkit.assertion.JemeniAssertions.TRANSACTION;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.builder.JemeniBuilders.aSendPayment;
import static dev.jemeni.testkit.builder.JemeniBuilders.aTransactionStateQuery;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.testkit.builder.JemeniDefaults;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.jemeni.port.out.PaymentGateway}: sending a payment and reading its
 * state through approval, decline and expiry, and the code-4001 rejections of both operations.
 *
 * <p>Extend it in the adapter's tests and implement {@link #createSubject()}.
 */
public abstract class PaymentGatewayContract extends JemeniContract {

  /** Creates the contract. Subclasses supply the subject. */
  protected PaymentGatewayContract() {}

  @Test
  void sendPaymentReturnsPendingTransaction() {
    Either<JemeniError, Transaction> result =
        gateway().sendPayment(aSendPayment().withAmount(7500).build());

    assertThat(result)
        .isSuccess(TRANSACTION)
        .isPending()
        .hasAmount(7500)
        .hasCustomerPhone(JemeniDefaults.CUSTOMER_PHONE);
  }

  @Test
  void sendPaymentStoresTransactionAtService() {
    Transaction sent = send();

    assertThat(control().transaction(sent.transactionId()).toJavaOptional())
        .hasValueSatisfying(stored -> assertThat(stored).isPending().hasAmount(5000));
  }

  @Test
  void sendPaymentTwiceCreatesTwoTransactions() {
    Transaction first = send();
    Transaction second = send();

    assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
    assertThat(control().transactions()).hasSize(2);
  }

  @Test
  void sendPaymentToUnknownCustomerIsRejected() {
    Either<JemeniError, Transaction> result =
        gateway()
            .sendPayment(aSendPayment().withCustomerPhone(JemeniDefaults.UNKNOWN_PHONE).build());

    assertThat(result)
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasViolationOn("customer_phone");
    assertThat(control().transactions()).isEmpty();
  }

  @Test
  void stateOfNewPaymentIsPending() {
    Transaction sent = send();

    Either<JemeniError, Transaction> result = readState(sent.transactionId());

    assertThat(result)
        .isSuccess(TRANSACTION)
        .hasTransactionId(sent.transactionId())
        .isPending()
        .hasAmount(5000)
        .hasPaymentWithOutcome(Outcome.PENDING);
  }

  @Test
  void approvedPaymentReportsSucceeded() {
    Transaction sent = send();

    control().approve(sent.transactionId());

    assertThat(readState(sent.transactionId()))
        .isSuccess(TRANSACTION)
        .hasSucceeded()
        .hasPaymentWithOutcome(Outcome.SUCCEEDED)
        .hasPaymentReference();
  }

  @Test
  void declinedPaymentReportsFailedAndNeverSucceeded() {
    Transaction sent = send();
    Either<JemeniError, Transaction> beforeDecline = readState(sent.transactionId());

    control().decline(sent.transactionId());

    assertThat(beforeDecline).isSuccess(TRANSACTION).isPending();
    assertThat(readState(sent.transactionId()))
        .isSuccess(TRANSACTION)
        .hasFailed()
        .hasPaymentWithOutcome(Outcome.FAILED);
    assertThat(readState(sent.transactionId()))
        .as("second read after the decline")
        .isSuccess(TRANSACTION)
        .hasFailed();
  }

  @Test
  void expiredPaymentReportsFailed() {
    Transaction sent = send();

    control().expire(sent.transactionId());

    assertThat(readState(sent.transactionId()))
        .isSuccess(TRANSACTION)
        .hasFailed()
        .hasPaymentWithOutcome(Outcome.FAILED);
  }

  @Test
  void stateOfOneTransactionIgnoresOthers() {
    Transaction approved = send();
    Transaction untouched = send();

    control().approve(approved.transactionId());

    assertThat(readState(untouched.transactionId())).isSuccess(TRANSACTION).isPending();
  }

  @Test
  void stateOfUnknownTransactionIsRejected() {
    Either<JemeniError, Transaction> result =
        gateway().transactionState(aTransactionStateQuery().build());

    assertThat(result)
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasViolationOn("transaction_id");
  }

  private Transaction send() {
    Either<JemeniError, Transaction> result = gateway().sendPayment(aSendPayment().build());
    assertThat(result).as("send payment with the builder's defaults").isSuccess();
    return result.get();
  }

  private Either<JemeniError, Transaction> readState(TransactionId id) {
    return gateway().transactionState(aTransactionStateQuery().withTransactionId(id).build());
  }
}
