package dev.jemeni.testkit.contract;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The contract suite's handle on the service behind the gateway under test. It acts as the customer
 * who responds to a payment notification, and it reads the service's state without going through
 * the adapter.
 *
 * <p>Implementations are thread-safe. {@link #of(FakeJemeniGateway)} serves both the fake adapter
 * and the HTTP emulator, whose state lives in a {@code FakeJemeniGateway}.
 */
public interface ServiceControl {

  /** Returns a control backed by {@code service}, the fake itself or the emulator's gateway. */
  static ServiceControl of(FakeJemeniGateway service) {
    return new FakeServiceControl(service);
  }

  /**
   * Approves the pending payment {@code id} as its customer.
   *
   * @throws java.util.NoSuchElementException when the service has no such transaction
   * @throws IllegalStateException when the payment is no longer pending
   */
  void approve(TransactionId id);

  /**
   * Declines the pending payment {@code id} as its customer.
   *
   * @throws java.util.NoSuchElementException when the service has no such transaction
   * @throws IllegalStateException when the payment is no longer pending
   */
  void decline(TransactionId id);

  /**
   * Expires the pending payment {@code id} now, as if its customer never responded.
   *
   * @throws java.util.NoSuchElementException when the service has no such transaction
   * @throws IllegalStateException when the payment is no longer pending
   */
  void expire(TransactionId id);

  /** Returns the transaction as the service stores it, or none. */
  Option<Transaction> transaction(TransactionId id);

  /** Returns every transaction the service stores, in no particular order. */
  List<Transaction> transactions();

  /** Returns the subscriptions of the customer with this phone number, disabled ones included. */
  List<Subscription> subscriptions(PhoneNumber phone);
}
