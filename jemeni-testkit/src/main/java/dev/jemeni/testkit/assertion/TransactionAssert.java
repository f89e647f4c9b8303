package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link Transaction}, its state and its payment. */
public final class TransactionAssert extends AbstractObjectAssert<TransactionAssert, Transaction> {

  /** Creates assertions on {@code actual}. Prefer {@link JemeniAssertions#assertThat}. */
  public TransactionAssert(Transaction actual) {
    super(actual, TransactionAssert.class);
  }

  /** Verifies that the customer has not paid yet: state 0 or 1. */
  public TransactionAssert isPending() {
    return hasOutcome(Outcome.PENDING);
  }

  /** Verifies that the customer paid: state 2. */
  public TransactionAssert hasSucceeded() {
    return hasOutcome(Outcome.SUCCEEDED);
  }

  /** Verifies that the payment was declined or expired: state 3. */
  public TransactionAssert hasFailed() {
    return hasOutcome(Outcome.FAILED);
  }

  /** Verifies how the transaction's state is classified. */
  public TransactionAssert hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage(
          "Expected transaction <%s> to have outcome <%s> but found <%s> (raw state <%s>)",
          actual.transactionId(), expected, actual.outcome(), actual.state().raw());
    }
    return this;
  }

  /** Verifies the transaction identifier. */
  public TransactionAssert hasTransactionId(TransactionId expected) {
    isNotNull();
    if (!actual.transactionId().equals(expected)) {
      failWithMessage(
          "Expected transaction id <%s> but found <%s>", expected, actual.transactionId());
    }
    return this;
  }

  /** Verifies the transaction identifier. */
  public TransactionAssert hasTransactionId(String expected) {
    return hasTransactionId(new TransactionId(expected));
  }

  /** Verifies the amount, in XOF. */
  public TransactionAssert hasAmount(long xof) {
    return hasAmount(Money.xof(xof));
  }

  /** Verifies the amount and its currency. */
  public TransactionAssert hasAmount(Money expected) {
    isNotNull();
    if (!actual.amount().contains(expected)) {
      failWithMessage(
          "Expected transaction <%s> to have amount <%s> but found <%s>",
          actual.transactionId(), expected, shown(actual.amount()));
    }
    return this;
  }

  /** Verifies the phone number of the notified customer, as the API sent it. */
  public TransactionAssert hasCustomerPhone(String expected) {
    isNotNull();
    Option<String> phone = actual.customer().flatMap(Customer::phone);
    if (!phone.contains(expected)) {
      failWithMessage(
          "Expected transaction <%s> to have customer phone <%s> but found <%s>",
          actual.transactionId(), expected, shown(phone));
    }
    return this;
  }

  /** Verifies that a payment is attached and that its status is classified as {@code expected}. */
  public TransactionAssert hasPaymentWithOutcome(Outcome expected) {
    Payment payment = payment();
    Outcome found = payment.status().outcome();
    if (found != expected) {
      failWithMessage(
          "Expected the payment of transaction <%s> to have outcome <%s> but found <%s>"
              + " (status <%s>)",
          actual.transactionId(), expected, found, payment.status().raw());
    }
    return this;
  }

  /** Verifies that a payment is attached and carries a payment reference. */
  public TransactionAssert hasPaymentReference() {
    Payment payment = payment();
    if (payment.reference().isEmpty()) {
      failWithMessage(
          "Expected the payment of transaction <%s> to have a reference but found none",
          actual.transactionId());
    }
    return this;
  }

  /** Verifies that no payment is attached, as in a send-payment response. */
  public TransactionAssert hasNoPayment() {
    isNotNull();
    if (actual.payment().isDefined()) {
      failWithMessage(
          "Expected transaction <%s> to have no payment but found <%s>",
          actual.transactionId(), actual.payment().get());
    }
    return this;
  }

  private Payment payment() {
    isNotNull();
    if (actual.payment().isEmpty()) {
      failWithMessage(
          "Expected transaction <%s> to have a payment but found none (raw state <%s>)",
          actual.transactionId(), actual.state().raw());
    }
    return actual.payment().get();
  }

  private static String shown(Option<?> value) {
    return value.map(Objects::toString).getOrElse("none");
  }
}
