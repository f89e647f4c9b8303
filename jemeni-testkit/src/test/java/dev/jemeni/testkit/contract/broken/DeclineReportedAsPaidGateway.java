package dev.jemeni.testkit.contract.broken;

import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.model.TransactionState;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.control.Either;

/**
 * A broken adapter that reports a declined payment as paid, as a mapper that confuses the state
 * codes would.
 */
final class DeclineReportedAsPaidGateway extends ForwardingGateway {

  DeclineReportedAsPaidGateway(JemeniGateway delegate) {
    super(delegate);
  }

  @Override
  public Either<JemeniError, Transaction> transactionState(TransactionStateQuery query) {
    return super.transactionState(query).map(DeclineReportedAsPaidGateway::misreport);
  }

  private static Transaction misreport(Transaction transaction) {
    boolean declined =
        transaction.payment().exists(payment -> payment.status().raw().equals("declined"));
    if (!declined) {
      return transaction;
    }
    return new Transaction(
        transaction.id(),
        transaction.transactionId(),
        transaction.amount(),
        TransactionState.SUCCEEDED,
        transaction.timestamps(),
        transaction.customer(),
        transaction.clientMerchants(),
        transaction.client(),
        transaction.payment().map(DeclineReportedAsPaidGateway::paid));
  }

  private static Payment paid(Payment payment) {
    return new Payment(
        payment.id(),
        payment.subscriptionId(),
        payment.amount(),
        payment.dueAt(),
        payment.nature(),
        payment.archived(),
        payment.timestamps(),
        new PaymentStatus("paid"),
        payment.reference());
  }
}
