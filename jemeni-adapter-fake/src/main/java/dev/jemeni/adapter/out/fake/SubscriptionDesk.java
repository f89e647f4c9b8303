package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Frequency;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.SubscriptionId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Creates and disables subscriptions. A customer has at most one active subscription, because the
 * disable operation names only the phone number. Thread-safe: one lock guards every subscription.
 */
final class SubscriptionDesk {

  static final String ACTIVE = "active";
  static final String DISABLED = "disabled";

  private final Map<SubscriptionId, Subscription> subscriptions = new LinkedHashMap<>();
  private final Clock clock;
  private final Ids ids;
  private final CustomerDirectory customers;
  private final Supplier<FakeCatalogue> catalogue;
  private final EventBus events;

  SubscriptionDesk(
      Clock clock,
      Ids ids,
      CustomerDirectory customers,
      Supplier<FakeCatalogue> catalogue,
      EventBus events) {
    this.clock = clock;
    this.ids = ids;
    this.customers = customers;
    this.catalogue = catalogue;
    this.events = events;
  }

  Either<JemeniError, Subscription> create(CreateSubscription command) {
    java.util.List<FakeEvent> emitted = new ArrayList<>();
    Either<JemeniError, Subscription> result = createLocked(command, emitted);
    events.publish(emitted);
    return result;
  }

  Either<JemeniError, Customer> disable(DisableSubscription command) {
    java.util.List<FakeEvent> emitted = new ArrayList<>();
    Either<JemeniError, Customer> result = disableLocked(command.phone(), emitted);
    events.publish(emitted);
    return result;
  }

  synchronized List<Subscription> all() {
    return List.ofAll(subscriptions.values());
  }

  synchronized List<Subscription> of(PhoneNumber phone) {
    return customers.find(phone).map(this::ownedBy).getOrElse(List.empty());
  }

  private synchronized Either<JemeniError, Subscription> createLocked(
      CreateSubscription command, java.util.List<FakeEvent> emitted) {
    Option<Customer> customer = customers.find(command.phone());
    FakeCatalogue offer = catalogue.get();
    List<Violation> violations =
        customerViolations(command.phone(), customer)
            .appendAll(planViolations(command, offer.plan(command.planId())))
            .appendAll(frequencyViolations(command, offer));
    if (!violations.isEmpty()) {
      return Either.left(InvalidInput.of(violations));
    }

    Instant now = clock.instant();
    Frequency frequency = offer.frequency(command.frequencyId()).get();
    Subscription created = newSubscription(command, customer.get(), frequency, now);
    subscriptions.put(created.id(), created);
    emitted.add(new FakeEvent.SubscriptionCreated(created, customer.get(), now));
    return Either.right(created);
  }

  private synchronized Either<JemeniError, Customer> disableLocked(
      PhoneNumber phone, java.util.List<FakeEvent> emitted) {
    Option<Customer> customer = customers.find(phone);
    if (customer.isEmpty()) {
      return Either.left(InvalidInput.of("phone", unknownCustomer(phone)));
    }
    List<Subscription> owned = ownedBy(customer.get());
    if (owned.isEmpty()) {
      return Either.left(
          InvalidInput.of(
              "phone", "phone '" + phone + "' has no subscription to disable: create one first"));
    }

    Instant now = clock.instant();
    List<Subscription> active = owned.filter(SubscriptionDesk::isActive);
    Customer updated = active.isEmpty() ? customer.get() : customers.touch(phone, now);
    for (Subscription subscription : active) {
      Subscription disabled = disabled(subscription, now);
      subscriptions.put(disabled.id(), disabled);
      emitted.add(new FakeEvent.SubscriptionDisabled(disabled, updated, now));
    }
    return Either.right(updated);
  }

  private List<Subscription> ownedBy(Customer customer) {
    return List.ofAll(subscriptions.values())
        .filter(subscription -> subscription.customerId().equals(customer.id()));
  }

  private List<Violation> customerViolations(PhoneNumber phone, Option<Customer> customer) {
    if (customer.isEmpty()) {
      return List.of(new Violation("phone", unknownCustomer(phone)));
    }
    Option<Subscription> active = ownedBy(customer.get()).find(SubscriptionDesk::isActive);
    return active
        .map(
            subscription ->
                new Violation(
                    "phone",
                    "phone '"
                        + phone
                        + "' already has active subscription "
                        + subscription.id()
                        + ": disable it before creating another"))
        .toList();
  }

  private static List<Violation> planViolations(CreateSubscription command, Option<Plan> plan) {
    if (plan.isEmpty()) {
      return List.of(
          new Violation(
              "plan_id",
              "plan_id " + command.planId() + " matches no plan: list the plans and pass one id"));
    }
    if (plan.get().archived()) {
      return List.of(
          new Violation(
              "plan_id",
              "plan_id " + command.planId() + " is archived: choose a plan that is not archived"));
    }
    return List.empty();
  }

  private static List<Violation> frequencyViolations(
      CreateSubscription command, FakeCatalogue offer) {
    if (offer.frequency(command.frequencyId()).isDefined()) {
      return List.empty();
    }
    String known = offer.frequencies().map(frequency -> frequency.id().toString()).mkString(", ");
    return List.of(
        new Violation(
            "frequency_id",
            "frequency_id "
                + command.frequencyId()
                + " matches no frequency: use one of "
                + known));
  }

  private Subscription newSubscription(
      CreateSubscription command, Customer customer, Frequency frequency, Instant now) {
    LocalDate start = command.startAt();
    return new Subscription(
        new SubscriptionId(ids.nextSubscriptionId()),
        Option.some(FakeSeed.CLIENT_ID),
        Option.some(command.planId()),
        customer.id(),
        Option.some(ACTIVE),
        Option.some(startOfDay(start)),
        Option.some(startOfDay(frequency.expiryFor(start))),
        false,
        Timestamps.createdAt(now),
        Option.none(),
        false);
  }

  private static Subscription disabled(Subscription subscription, Instant now) {
    Timestamps old = subscription.timestamps();
    return new Subscription(
        subscription.id(),
        subscription.clientId(),
        subscription.planId(),
        subscription.customerId(),
        Option.some(DISABLED),
        subscription.startAt(),
        subscription.expireAt(),
        subscription.archived(),
        new Timestamps(old.createdAt(), Option.some(now), old.deletedAt()),
        subscription.renewalDate(),
        subscription.renewed());
  }

  private static boolean isActive(Subscription subscription) {
    return subscription.status().contains(ACTIVE);
  }

  /** Dates become midnight UTC, as the service sends {@code 2024-10-27 00:00:00} with no zone. */
  private static Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String unknownCustomer(PhoneNumber phone) {
    return "phone '" + phone + "' is not a JemeniPay customer: pass the number of a customer";
  }
}
