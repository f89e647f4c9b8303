package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.ClientAccount;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.model.TransactionState;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PaymentReference;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collection;

/**
 * One sent payment and its lifecycle: pending, then paid, declined or expired, exactly once.
 *
 * <p>Every method that reads or changes the status holds this record's lock, so a transition
 * happens once even when several threads observe the same due change; only the thread that makes it
 * receives the event.
 */
final class PaymentRecord {

  /** The customer's decision on the notification. */
  enum Decision {
    APPROVE,
    DECLINE
  }

  private enum Status {
    PENDING("pending", TransactionState.PENDING),
    PAID("paid", TransactionState.SUCCEEDED),
    DECLINED("declined", TransactionState.FAILED),
    EXPIRED("expired", TransactionState.FAILED);

    private final String word;
    private final TransactionState state;

    Status(String word, TransactionState state) {
      this.word = word;
      this.state = state;
    }
  }

  /** A decision the customer makes at a set time. */
  private record Scheduled(Decision decision, Instant at) {}

  private final long recordNumber;
  private final TransactionId transactionId;
  private final Money amount;
  private final Customer customer;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final String paymentId;
  private final PaymentReference reference;
  private final ClientAccount client;
  private final List<ClientMerchant> clientMerchants;

  private Status status = Status.PENDING;
  private Instant updatedAt;
  private Option<Scheduled> scheduled = Option.none();

  PaymentRecord(
      long recordNumber,
      TransactionId transactionId,
      Money amount,
      Customer customer,
      Instant createdAt,
      Instant expiresAt,
      String paymentId,
      PaymentReference reference,
      ClientAccount client,
      List<ClientMerchant> clientMerchants) {
    this.recordNumber = recordNumber;
    this.transactionId = transactionId;
    this.amount = amount;
    this.customer = customer;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.paymentId = paymentId;
    this.reference = reference;
    this.client = client;
    this.clientMerchants = clientMerchants;
    this.updatedAt = createdAt;
  }

  TransactionId transactionId() {
    return transactionId;
  }

  PaymentReference reference() {
    return reference;
  }

  /** Returns the transaction as the send-payment response shows it: created, no payment yet. */
  synchronized Transaction asCreated() {
    return transaction(TransactionState.CREATED, Option.none());
  }

  /** Returns the transaction as a state query shows it, with its payment. */
  synchronized Transaction current() {
    return transaction(status.state, Option.some(payment()));
  }

  /**
   * Applies a due scheduled decision, or the expiry once {@code now} reaches the due time. A
   * decision scheduled at or after the due time comes too late, so the payment expires instead.
   */
  synchronized void settle(Instant now, Collection<FakeEvent> emitted) {
    if (status != Status.PENDING) {
      return;
    }
    if (scheduled.isDefined()
        && !scheduled.get().at().isAfter(now)
        && scheduled.get().at().isBefore(expiresAt)) {
      finish(statusFor(scheduled.get().decision()), scheduled.get().at(), emitted);
    } else if (!expiresAt.isAfter(now)) {
      finish(Status.EXPIRED, expiresAt, emitted);
    }
  }

  /** Applies the customer's decision now, or throws when the payment is no longer pending. */
  synchronized Transaction decide(Decision decision, Instant now, Collection<FakeEvent> emitted) {
    requirePending(now, emitted);
    finish(statusFor(decision), now, emitted);
    return current();
  }

  /** Makes the customer decide at {@code at}, replacing an earlier scheduled decision. */
  synchronized Transaction schedule(
      Decision decision, Instant at, Instant now, Collection<FakeEvent> emitted) {
    if (at.isBefore(createdAt)) {
      throw new IllegalArgumentException(
          "decision time "
              + at
              + " is before transaction "
              + transactionId
              + " was sent at "
              + createdAt
              + ": pass a later time");
    }
    requirePending(now, emitted);
    scheduled = Option.some(new Scheduled(decision, at));
    settle(now, emitted);
    return current();
  }

  /** Makes the customer decide at {@code at} without settling, for a payment being created. */
  synchronized void planDecision(Decision decision, Instant at) {
    scheduled = Option.some(new Scheduled(decision, at));
  }

  /** Expires the payment now, as if its due time had passed. */
  synchronized Transaction expire(Instant now, Collection<FakeEvent> emitted) {
    requirePending(now, emitted);
    finish(Status.EXPIRED, now, emitted);
    return current();
  }

  private void requirePending(Instant now, Collection<FakeEvent> emitted) {
    settle(now, emitted);
    if (status != Status.PENDING) {
      throw new IllegalStateException(
          "transaction "
              + transactionId
              + " is already "
              + status.word
              + ": the customer can decide only a pending payment");
    }
  }

  private void finish(Status outcome, Instant at, Collection<FakeEvent> emitted) {
    status = outcome;
    updatedAt = at;
    scheduled = Option.none();
    Transaction after = current();
    emitted.add(
        outcome == Status.PAID
            ? new FakeEvent.PaymentSucceeded(after, at)
            : new FakeEvent.PaymentFailed(after, at));
  }

  private static Status statusFor(Decision decision) {
    return decision == Decision.APPROVE ? Status.PAID : Status.DECLINED;
  }

  private Payment payment() {
    return new Payment(
        Option.some(paymentId),
        Option.none(),
        Option.some(amount),
        Option.some(expiresAt),
        Option.none(),
        false,
        timestamps(),
        new PaymentStatus(status.word),
        Option.some(reference));
  }

  private Transaction transaction(TransactionState state, Option<Payment> payment) {
    return new Transaction(
        Option.some(recordNumber),
        transactionId,
        Option.some(amount),
        state,
        timestamps(),
        Option.some(customer),
        clientMerchants,
        Option.some(client),
        payment);
  }

  private Timestamps timestamps() {
    return new Timestamps(Option.some(createdAt), Option.some(updatedAt), Option.none());
  }
}
