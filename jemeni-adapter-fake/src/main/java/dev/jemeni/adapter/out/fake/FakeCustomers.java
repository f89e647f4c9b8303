package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The simulated JemeniPay customers of a {@link FakeJemeniGateway}: who they are and how they
 * respond to payment notifications.
 *
 * <p>A test decides for a customer with {@link #approve}, {@link #decline} or {@link #expire}, or
 * schedules the decision with {@link #approveAt} and {@link #declineAt}. A payment nobody decides
 * expires at its due time. Each method that changes a payment fires its event before returning.
 * Thread-safe.
 */
public final class FakeCustomers {

  private final CustomerDirectory directory;
  private final PaymentDesk payments;

  FakeCustomers(CustomerDirectory directory, PaymentDesk payments) {
    this.directory = directory;
    this.payments = payments;
  }

  /**
   * Adds a customer, or replaces the one with the same phone number.
   *
   * @throws IllegalArgumentException when the customer has no phone number or no identifier
   */
  public void register(Customer customer) {
    directory.register(customer);
  }

  /** Returns the customer with this phone number, or none. */
  public Option<Customer> find(PhoneNumber phone) {
    return directory.find(Objects.requireNonNull(phone, "phone"));
  }

  /** Sets how the customer with this phone number responds to payments sent from now on. */
  public void behaviour(PhoneNumber phone, CustomerBehaviour behaviour) {
    directory.behaviour(Objects.requireNonNull(phone, "phone"), behaviour);
  }

  /** Sets how customers without their own behaviour respond to payments sent from now on. */
  public void defaultBehaviour(CustomerBehaviour behaviour) {
    directory.defaultBehaviour(behaviour);
  }

  /**
   * Approves the payment now, so its state becomes succeeded and its payment status {@code paid}.
   *
   * @return the transaction after the change
   * @throws java.util.NoSuchElementException when no payment has this identifier
   * @throws IllegalStateException when the payment is no longer pending
   */
  public Transaction approve(TransactionId id) {
    return payments.decide(Objects.requireNonNull(id, "id"), PaymentRecord.Decision.APPROVE);
  }

  /**
   * Declines the payment now, so its state becomes failed and its payment status {@code declined}.
   *
   * @return the transaction after the change
   * @throws java.util.NoSuchElementException when no payment has this identifier
   * @throws IllegalStateException when the payment is no longer pending
   */
  public Transaction decline(TransactionId id) {
    return payments.decide(Objects.requireNonNull(id, "id"), PaymentRecord.Decision.DECLINE);
  }

  /**
   * Expires the payment now, as if the customer had never responded before its due time.
   *
   * @return the transaction after the change, failed with payment status {@code expired}
   * @throws java.util.NoSuchElementException when no payment has this identifier
   * @throws IllegalStateException when the payment is no longer pending
   */
  public Transaction expire(TransactionId id) {
    return payments.expire(Objects.requireNonNull(id, "id"));
  }

  /**
   * Makes the customer approve the payment at {@code at} on the gateway's clock, replacing an
   * earlier scheduled decision. A time at or after the payment's due time comes too late: the
   * payment expires. A time not after now takes effect at once.
   *
   * @return the transaction as it is now
   * @throws java.util.NoSuchElementException when no payment has this identifier
   * @throws IllegalStateException when the payment is no longer pending
   * @throws IllegalArgumentException when {@code at} is before the payment was sent
   */
  public Transaction approveAt(TransactionId id, Instant at) {
    return payments.decideAt(
        Objects.requireNonNull(id, "id"),
        PaymentRecord.Decision.APPROVE,
        Objects.requireNonNull(at, "at"));
  }

  /**
   * Makes the customer decline the payment at {@code at}; otherwise as {@link #approveAt}.
   *
   * @return the transaction as it is now
   * @throws java.util.NoSuchElementException when no payment has this identifier
   * @throws IllegalStateException when the payment is no longer pending
   * @throws IllegalArgumentException when {@code at} is before the payment was sent
   */
  public Transaction declineAt(TransactionId id, Instant at) {
    return payments.decideAt(
        Objects.requireNonNull(id, "id"),
        PaymentRecord.Decision.DECLINE,
        Objects.requireNonNull(at, "at"));
  }
}
