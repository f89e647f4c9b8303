package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.ClientAccount;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PaymentReference;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** Sends payments, returns their states and applies the customers' decisions. Thread-safe. */
final class PaymentDesk {

  private final ConcurrentHashMap<TransactionId, PaymentRecord> records = new ConcurrentHashMap<>();
  private final Set<PaymentReference> references = ConcurrentHashMap.newKeySet();
  private final ClientAccount client = FakeSeed.client();
  private final List<ClientMerchant> clientMerchants = FakeSeed.clientMerchants();
  private final Clock clock;
  private final Ids ids;
  private final CustomerDirectory customers;
  private final Duration paymentLifetime;
  private final EventBus events;

  PaymentDesk(
      Clock clock,
      Ids ids,
      CustomerDirectory customers,
      Duration paymentLifetime,
      EventBus events) {
    this.clock = clock;
    this.ids = ids;
    this.customers = customers;
    this.paymentLifetime = paymentLifetime;
    this.events = events;
  }

  Either<JemeniError, Transaction> send(SendPayment command) {
    Instant now = clock.instant();
    Option<Customer> known = customers.find(command.customerPhone());
    List<Violation> violations =
        currencyViolations(command).appendAll(customerViolations(command, known));
    if (!violations.isEmpty()) {
      return Either.left(InvalidInput.of(violations));
    }

    Customer customer =
        known.getOrElse(
            () -> customers.registerNew(command.customerPhone(), command.countryId(), now));
    PaymentRecord record = store(command, customer, now);
    planDecision(record, customers.behaviourOf(command.customerPhone()), now);
    return Either.right(record.asCreated());
  }

  Either<JemeniError, Transaction> state(TransactionStateQuery query) {
    return find(query.transactionId())
        .toEither(
            () ->
                InvalidInput.of(
                    "transaction_id",
                    "transaction_id '"
                        + query.transactionId()
                        + "' matches no transaction: "
                        + "pass the transaction_id that send payment returned"));
  }

  /** Returns the transaction's current state, after applying any change that is due. */
  Option<Transaction> find(TransactionId id) {
    return Option.of(records.get(id)).map(record -> settled(record, clock.instant()));
  }

  /** Returns every transaction in its current state, after applying every change that is due. */
  List<Transaction> all() {
    Instant now = clock.instant();
    return List.ofAll(records.values()).map(record -> settled(record, now));
  }

  /** Applies every due change and returns the number of transactions that changed. */
  int tick() {
    Instant now = clock.instant();
    java.util.List<FakeEvent> emitted = new ArrayList<>();
    records.values().forEach(record -> record.settle(now, emitted));
    events.publish(emitted);
    return emitted.size();
  }

  Transaction decide(TransactionId id, PaymentRecord.Decision decision) {
    return change(id, (record, emitted) -> record.decide(decision, clock.instant(), emitted));
  }

  Transaction decideAt(TransactionId id, PaymentRecord.Decision decision, Instant at) {
    return change(id, (record, emitted) -> record.schedule(decision, at, clock.instant(), emitted));
  }

  Transaction expire(TransactionId id) {
    return change(id, (record, emitted) -> record.expire(clock.instant(), emitted));
  }

  private Transaction settled(PaymentRecord record, Instant now) {
    java.util.List<FakeEvent> emitted = new ArrayList<>();
    record.settle(now, emitted);
    events.publish(emitted);
    return record.current();
  }

  /** Runs a change on one record and publishes its events, even when the change then throws. */
  private Transaction change(
      TransactionId id, BiFunction<PaymentRecord, java.util.List<FakeEvent>, Transaction> action) {
    PaymentRecord record = records.get(id);
    if (record == null) {
      throw new NoSuchElementException(
          "transaction " + id + " not found: pass an id that sendPayment returned");
    }
    java.util.List<FakeEvent> emitted = new ArrayList<>();
    try {
      return action.apply(record, emitted);
    } finally {
      events.publish(emitted);
    }
  }

  private PaymentRecord store(SendPayment command, Customer customer, Instant now) {
    PaymentReference reference = ids.paymentReference();
    while (!references.add(reference)) {
      reference = ids.paymentReference();
    }
    long recordNumber = ids.nextRecordNumber();
    String paymentId = ids.nextPaymentId();
    while (true) {
      PaymentRecord record =
          new PaymentRecord(
              recordNumber,
              ids.transactionId(now),
              command.amount(),
              customer,
              now,
              now.plus(paymentLifetime),
              paymentId,
              reference,
              client,
              clientMerchants);
      if (records.putIfAbsent(record.transactionId(), record) == null) {
        return record;
      }
    }
  }

  private static void planDecision(PaymentRecord record, CustomerBehaviour behaviour, Instant now) {
    if (behaviour instanceof CustomerBehaviour.Approves approves) {
      record.planDecision(PaymentRecord.Decision.APPROVE, now.plus(approves.delay()));
    } else if (behaviour instanceof CustomerBehaviour.Declines declines) {
      record.planDecision(PaymentRecord.Decision.DECLINE, now.plus(declines.delay()));
    }
  }

  private static List<Violation> currencyViolations(SendPayment command) {
    Money amount = command.amount();
    if (amount.currency().equals(Money.XOF)) {
      return List.empty();
    }
    return List.of(
        new Violation(
            "amount", "amount " + amount + " is invalid: the service takes amounts in XOF only"));
  }

  private List<Violation> customerViolations(SendPayment command, Option<Customer> known) {
    if (known.isEmpty()) {
      return customers.registersUnknown()
          ? List.empty()
          : List.of(
              new Violation(
                  "customer_phone",
                  "customer_phone '"
                      + command.customerPhone()
                      + "' is not a JemeniPay customer: "
                      + "send payments only to numbers with a JemeniPay account"));
    }
    boolean sameCountry = known.get().countryId().contains(command.countryId());
    return sameCountry
        ? List.empty()
        : List.of(
            new Violation(
                "country_id",
                "country_id "
                    + command.countryId()
                    + " is not the country of customer_phone '"
                    + command.customerPhone()
                    + "' ("
                    + known.get().countryId().map(String::valueOf).getOrElse("none")
                    + "): pass the customer's country"));
  }
}
