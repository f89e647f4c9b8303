package dev.jemeni.port.out;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Transaction;
import io.vavr.control.Either;

/** Sends payment notifications and reads transaction states. Implementations are thread-safe. */
public interface PaymentGateway {

  /**
   * Sends a payment notification to the customer. Changes state and is not idempotent.
   *
   * <p>An implementation sends the request at most once unless the service certainly did not
   * receive it. When the outcome cannot be known, it returns {@link
   * dev.jemeni.domain.error.OutcomeUnknown}: check the state before sending again.
   *
   * @return the pending transaction, or the error
   */
  Either<JemeniError, Transaction> sendPayment(SendPayment command);

  /**
   * Reads a transaction's current state. Changes nothing and may be retried.
   *
   * @return the transaction, or the error
   */
  Either<JemeniError, Transaction> transactionState(TransactionStateQuery query);
}
