package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.Customer;
import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Configures a {@link FakeJemeniGateway}. Every setting has a default, so {@code
 * FakeJemeniGateway.builder().build()} gives the seeded fake on the system clock.
 *
 * <p>Not thread-safe; use one builder per gateway.
 */
public final class FakeJemeniGatewayBuilder {

  /** The default time a customer has to respond: the due time the service's examples show. */
  public static final Duration DEFAULT_PAYMENT_LIFETIME = Duration.ofDays(4);

  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper;
  private FakeCatalogue catalogue = FakeCatalogue.seeded();
  private List<Customer> customers = FakeSeed.customers();
  private Duration paymentLifetime = DEFAULT_PAYMENT_LIFETIME;
  private CustomerBehaviour defaultBehaviour = CustomerBehaviour.neverResponds();
  private boolean registersUnknownCustomers;

  FakeJemeniGatewayBuilder() {}

  /**
   * Sets the clock that dates every change and decides expiry; the default is UTC system time. Pass
   * a {@link MutableClock} to control time in a test.
   */
  public FakeJemeniGatewayBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Sets how scripted latency is waited for. The default advances the clock when it is a {@link
   * MutableClock}, and otherwise blocks the calling thread with {@link Sleeper#system()}.
   */
  public FakeJemeniGatewayBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Sets the plans and frequencies; the default is {@link FakeCatalogue#seeded()}. */
  public FakeJemeniGatewayBuilder catalogue(FakeCatalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    return this;
  }

  /**
   * Sets the known customers, replacing {@link FakeSeed#customers()}. Each needs a phone number and
   * an identifier.
   */
  public FakeJemeniGatewayBuilder customers(Iterable<Customer> customers) {
    this.customers = List.ofAll(Objects.requireNonNull(customers, "customers"));
    return this;
  }

  /**
   * Sets how long a customer has to respond to a payment before it expires, which is also the
   * payment's {@code due_at}; the default is {@link #DEFAULT_PAYMENT_LIFETIME}.
   */
  public FakeJemeniGatewayBuilder paymentLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException(
          "payment lifetime " + lifetime + " is invalid: pass a positive duration such as PT15M");
    }
    this.paymentLifetime = lifetime;
    return this;
  }

  /**
   * Sets how customers respond when neither the test nor their own behaviour decides; the default
   * is {@link CustomerBehaviour#neverResponds()}. The emulator's demonstration mode passes {@code
   * CustomerBehaviour.approvesAfter(Duration.ofSeconds(5))}, for example.
   */
  public FakeJemeniGatewayBuilder defaultBehaviour(CustomerBehaviour behaviour) {
    this.defaultBehaviour = Objects.requireNonNull(behaviour, "behaviour");
    return this;
  }

  /**
   * Sets whether a payment to an unknown phone number registers a new customer in the command's
   * country. The default, false, rejects it with code 4001 on {@code customer_phone}, because the
   * service can only notify a JemeniPay account. Subscriptions always require a known customer.
   */
  public FakeJemeniGatewayBuilder registerUnknownCustomers(boolean register) {
    this.registersUnknownCustomers = register;
    return this;
  }

  /** Builds the gateway. */
  public FakeJemeniGateway build() {
    Sleeper chosen = sleeper;
    if (chosen == null) {
      chosen =
          clock instanceof MutableClock mutable ? Sleeper.advancing(mutable) : Sleeper.system();
    }
    return new FakeJemeniGateway(
        clock,
        chosen,
        catalogue,
        customers,
        paymentLifetime,
        defaultBehaviour,
        registersUnknownCustomers);
  }
}
