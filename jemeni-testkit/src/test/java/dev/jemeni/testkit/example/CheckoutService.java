package dev.jemeni.testkit.example;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.ValidationFailed;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.port.out.PaymentGateway;
import io.vavr.control.Either;

/**
 * A shop's checkout, the code under test in {@link CheckoutServiceExampleTest}. It depends on the
 * {@link PaymentGateway} port only, so production wires the Feign adapter and tests the fake.
 */
final class CheckoutService {

  /** The payment status the shop shows the buyer for an order. */
  enum PaymentStatus {
    AWAITING_CUSTOMER,
    PAID,
    NOT_PAID,
    CHECK_LATER
  }

  private final PaymentGateway payments;

  CheckoutService(PaymentGateway payments) {
    this.payments = payments;
  }

  /** Asks the customer to pay {@code amount} XOF and returns the transaction to follow. */
  Either<JemeniError, TransactionId> requestPayment(String customerPhone, String amount) {
    Either<JemeniError, SendPayment> command =
        SendPayment.builder()
            .customerPhone(customerPhone)
            .amount(amount)
            .countryId(1)
            .validate()
            .toEither()
            .mapLeft(ValidationFailed::new);
    return command.flatMap(payments::sendPayment).map(Transaction::transactionId);
  }

  /** Returns what the buyer should see for the transaction. */
  Either<JemeniError, PaymentStatus> status(TransactionId transaction) {
    return payments
        .transactionState(new TransactionStateQuery(transaction))
        .map(
            current ->
                switch (current.outcome()) {
                  case PENDING -> PaymentStatus.AWAITING_CUSTOMER;
                  case SUCCEEDED -> PaymentStatus.PAID;
                  case FAILED -> PaymentStatus.NOT_PAID;
                  case UNKNOWN -> PaymentStatus.CHECK_LATER;
                });
  }
}
