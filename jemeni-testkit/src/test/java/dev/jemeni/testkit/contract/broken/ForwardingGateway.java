package dev.jemeni.testkit.contract.broken;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Forwards every call to another gateway; a broken adapter overrides the one call it breaks. */
abstract class ForwardingGateway implements JemeniGateway {

  private final JemeniGateway delegate;

  ForwardingGateway(JemeniGateway delegate) {
    this.delegate = delegate;
  }

  @Override
  public Either<JemeniError, Transaction> sendPayment(SendPayment command) {
    return delegate.sendPayment(command);
  }

  @Override
  public Either<JemeniError, Transaction> transactionState(TransactionStateQuery query) {
    return delegate.transactionState(query);
  }

  @Override
  public Either<JemeniError, List<Plan>> listPlans() {
    return delegate.listPlans();
  }

  @Override
  public Either<JemeniError, Subscription> createSubscription(CreateSubscription command) {
    return delegate.createSubscription(command);
  }

  @Override
  public Either<JemeniError, Customer> disableSubscription(DisableSubscription command) {
    return delegate.disableSubscription(command);
  }
}
