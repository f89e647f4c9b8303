package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An in-memory Jemeni service that implements every port, for tests and as the state of the HTTP
 * emulator.
 *
 * <p><b>Payments.</b> {@link #sendPayment} returns a transaction in state {@code CREATED} with a
 * fresh ULID-shaped transaction id; state queries then show it {@code PENDING} with a payment whose
 * status is {@code pending} and whose reference looks like {@code JP-8F3K2Q7W1A}. The customer then
 * approves (state {@code SUCCEEDED}, status {@code paid}), declines ({@code FAILED}, {@code
 * declined}) or never responds, so the payment expires at its due time ({@code FAILED}, {@code
 * expired}). Tests decide through {@link #customers()}; a payment to a phone number that is not a
 * known customer is rejected with code 4001 unless {@link
 * FakeJemeniGatewayBuilder#registerUnknownCustomers(boolean)} is set.
 *
 * <p><b>Time and events.</b> Expiry and scheduled decisions are evaluated lazily against the clock:
 * a due change takes effect when the transaction is next read, through {@link #transactionState},
 * {@link #transaction}, {@link #transactions()} or a {@link FakeCustomers} method, or when {@link
 * #tick()} runs. That is when its {@link FakeEvent} fires, dated with the time the change was due,
 * once per change and on the thread that observed it. An emulator that posts webhooks calls {@code
 * tick()} periodically so events fire without a read.
 *
 * <p><b>Subscriptions.</b> Creating one requires a known customer without an active subscription,
 * an existing plan that is not archived and an existing frequency; its expiry is the start date
 * plus the requested frequency's period. Disabling requires a customer with a subscription;
 * disabling an already disabled one succeeds again without an event.
 *
 * <p><b>Faults.</b> {@link #scenario()} scripts errors and latency for the port methods, and {@link
 * #calls()} records each port call. A {@link Fault#processedResponseLost} fault applies the command
 * before the response is lost, so a test can check the state afterwards; {@link
 * Fault#unprocessedResponseLost} and {@link Fault#reject} leave the state unchanged. The other
 * public methods are not subject to faults or latency and are not recorded.
 *
 * <p>Thread-safe. Port methods never throw except {@link NullPointerException} for a null argument.
 */
public final class FakeJemeniGateway implements JemeniGateway {

  private final Clock clock;
  private final AtomicReference<FakeCatalogue> catalogue;
  private final EventBus events = new EventBus();
  private final FakeScenario scenario = new FakeScenario();
  private final CallLog calls = new CallLog();
  private final CallRunner runner;
  private final PaymentDesk payments;
  private final SubscriptionDesk subscriptions;
  private final FakeCustomers customers;

  FakeJemeniGateway(
      Clock clock,
      Sleeper sleeper,
      FakeCatalogue catalogue,
      List<Customer> seedCustomers,
      Duration paymentLifetime,
      CustomerBehaviour defaultBehaviour,
      boolean registersUnknownCustomers) {
    this.clock = clock;
    this.catalogue = new AtomicReference<>(catalogue);
    Ids ids = new Ids();
    CustomerDirectory directory =
        new CustomerDirectory(defaultBehaviour, registersUnknownCustomers, ids);
    seedCustomers.forEach(directory::register);
    this.runner = new CallRunner(clock, sleeper, scenario, calls);
    this.payments = new PaymentDesk(clock, ids, directory, paymentLifetime, events);
    this.subscriptions = new SubscriptionDesk(clock, ids, directory, this.catalogue::get, events);
    this.customers = new FakeCustomers(directory, payments);
  }

  /** Returns a seeded gateway on the UTC system clock whose customers never respond. */
  public static FakeJemeniGateway seeded() {
    return builder().build();
  }

  /** Returns a builder whose defaults give the same gateway as {@link #seeded()}. */
  public static FakeJemeniGatewayBuilder builder() {
    return new FakeJemeniGatewayBuilder();
  }

  @Override
  public Either<JemeniError, Transaction> sendPayment(SendPayment command) {
    Objects.requireNonNull(command, "command");
    return runner.run(Operation.SEND_PAYMENT, Option.some(command), () -> payments.send(command));
  }

  @Override
  public Either<JemeniError, Transaction> transactionState(TransactionStateQuery query) {
    Objects.requireNonNull(query, "query");
    return runner.run(Operation.TRANSACTION_STATE, Option.some(query), () -> payments.state(query));
  }

  @Override
  public Either<JemeniError, List<Plan>> listPlans() {
    return runner.run(Operation.LIST_PLANS, Option.none(), () -> Either.right(catalogue().plans()));
  }

  @Override
  public Either<JemeniError, Subscription> createSubscription(CreateSubscription command) {
    Objects.requireNonNull(command, "command");
    return runner.run(
        Operation.CREATE_SUBSCRIPTION, Option.some(command), () -> subscriptions.create(command));
  }

  @Override
  public Either<JemeniError, Customer> disableSubscription(DisableSubscription command) {
    Objects.requireNonNull(command, "command");
    return runner.run(
        Operation.DISABLE_SUBSCRIPTION, Option.some(command), () -> subscriptions.disable(command));
  }

  /** Returns the simulated customers, to register them and to decide payments for them. */
  public FakeCustomers customers() {
    return customers;
  }

  /** Returns the faults and latency scripted for the port methods. */
  public FakeScenario scenario() {
    return scenario;
  }

  /** Returns the record of every port call. */
  public CallLog calls() {
    return calls;
  }

  /** Returns the clock that dates every change. */
  public Clock clock() {
    return clock;
  }

  /**
   * Registers a listener called once for each state change, on the thread that made the change,
   * after the gateway released its locks. A listener that throws does not stop the others: its
   * exception goes to the thread's uncaught-exception handler.
   */
  public void onEvent(Consumer<? super FakeEvent> listener) {
    events.add(listener);
  }

  /** Removes a listener; returns whether it was registered. */
  public boolean removeListener(Consumer<? super FakeEvent> listener) {
    return events.remove(listener);
  }

  /**
   * Applies every payment change due by the clock's current time, fires its events, and returns how
   * many payments changed.
   */
  public int tick() {
    return payments.tick();
  }

  /** Returns the transaction in its current state, or none; neither recorded nor faulted. */
  public Option<Transaction> transaction(TransactionId id) {
    return payments.find(Objects.requireNonNull(id, "id"));
  }

  /** Returns every transaction in its current state, in no particular order. */
  public List<Transaction> transactions() {
    return payments.all();
  }

  /** Returns every subscription, in creation order, disabled ones included. */
  public List<Subscription> subscriptions() {
    return subscriptions.all();
  }

  /** Returns the subscriptions of the customer with this phone number, in creation order. */
  public List<Subscription> subscriptions(PhoneNumber phone) {
    return subscriptions.of(Objects.requireNonNull(phone, "phone"));
  }

  /** Returns the current plans and frequencies. */
  public FakeCatalogue catalogue() {
    return catalogue.get();
  }

  /** Replaces the plans and frequencies; existing subscriptions are kept. */
  public void replaceCatalogue(FakeCatalogue replacement) {
    catalogue.set(Objects.requireNonNull(replacement, "replacement"));
  }
}
