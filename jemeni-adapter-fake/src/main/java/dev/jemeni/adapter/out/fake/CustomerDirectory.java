package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.PhoneNumber;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JemeniPay customers the fake stores, by normalized phone number, with how each responds.
 *
 * <p>Numbers match exactly after {@link PhoneNumber} normalization, so {@code 98745632} and {@code
 * +22398745632} are different customers.
 */
final class CustomerDirectory {

  private final ConcurrentHashMap<String, Customer> byPhone = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, CustomerBehaviour> behaviours = new ConcurrentHashMap<>();
  private final AtomicReference<CustomerBehaviour> defaultBehaviour;
  private final boolean registersUnknown;
  private final Ids ids;

  CustomerDirectory(CustomerBehaviour defaultBehaviour, boolean registersUnknown, Ids ids) {
    this.defaultBehaviour = new AtomicReference<>(defaultBehaviour);
    this.registersUnknown = registersUnknown;
    this.ids = ids;
  }

  void register(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    if (customer.phone().isEmpty() || customer.id().isEmpty()) {
      throw new IllegalArgumentException(
          "customer " + customer + " has no phone or no id: set both to register it");
    }
    byPhone.put(new PhoneNumber(customer.phone().get()).value(), customer);
  }

  Option<Customer> find(PhoneNumber phone) {
    return Option.of(byPhone.get(phone.value()));
  }

  /**
   * Registers a customer with only a phone number and a country, or returns the customer another
   * thread registered first with the same number.
   */
  Customer registerNew(PhoneNumber phone, CountryId country, Instant now) {
    return byPhone.computeIfAbsent(phone.value(), key -> newCustomer(key, country, now));
  }

  /** Marks the customer as updated at {@code now} and returns the updated record. */
  Customer touch(PhoneNumber phone, Instant now) {
    return byPhone.computeIfPresent(phone.value(), (key, customer) -> updatedAt(customer, now));
  }

  void behaviour(PhoneNumber phone, CustomerBehaviour behaviour) {
    behaviours.put(phone.value(), Objects.requireNonNull(behaviour, "behaviour"));
  }

  void defaultBehaviour(CustomerBehaviour behaviour) {
    defaultBehaviour.set(Objects.requireNonNull(behaviour, "behaviour"));
  }

  CustomerBehaviour behaviourOf(PhoneNumber phone) {
    CustomerBehaviour own = behaviours.get(phone.value());
    return own != null ? own : defaultBehaviour.get();
  }

  boolean registersUnknown() {
    return registersUnknown;
  }

  private Customer newCustomer(String phone, CountryId country, Instant now) {
    return new Customer(
        Option.some(new CustomerId(ids.nextCustomerId())),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.some(phone),
        Option.some(country),
        Timestamps.createdAt(now));
  }

  private static Customer updatedAt(Customer customer, Instant now) {
    Timestamps old = customer.timestamps();
    return new Customer(
        customer.id(),
        customer.firstName(),
        customer.lastName(),
        customer.email(),
        customer.phone(),
        customer.countryId(),
        new Timestamps(old.createdAt(), Option.some(now), old.deletedAt()));
  }
}
