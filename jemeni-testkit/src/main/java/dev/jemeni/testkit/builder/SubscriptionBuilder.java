package dev.jemeni.testkit.builder;

import dev.jemeni.adapter.out.fake.FakeSeed;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.PlanId;
import dev.jemeni.domain.value.SubscriptionId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Builds a {@link Subscription}. Defaults: identifier {@code 1} of client 42, plan 1, customer 311,
 * status {@code active}, from {@link JemeniDefaults#START_DATE} for one month, created at {@link
 * JemeniDefaults#NOW}, never renewed.
 *
 * <p>Dates become midnight UTC, as the fake adapter and the emulator store them.
 */
public final class SubscriptionBuilder {

  private SubscriptionId id = new SubscriptionId("1");
  private Option<Long> clientId = Option.some(FakeSeed.CLIENT_ID);
  private Option<PlanId> planId = Option.some(new PlanId(JemeniDefaults.PLAN_ID));
  private Option<CustomerId> customerId = Option.some(new CustomerId(JemeniDefaults.CUSTOMER_ID));
  private Option<String> status = Option.some("active");
  private Option<Instant> startAt = Option.some(midnight(JemeniDefaults.START_DATE));
  private Option<Instant> expireAt =
      Option.some(midnight(JemeniDefaults.START_DATE.plus(Period.ofMonths(1))));
  private boolean archived;
  private Timestamps timestamps = Timestamps.createdAt(JemeniDefaults.NOW);
  private Option<Instant> renewalDate = Option.none();
  private boolean renewed;

  SubscriptionBuilder() {}

  /** Sets the subscription's identifier. */
  public SubscriptionBuilder withId(String id) {
    this.id = new SubscriptionId(id);
    return this;
  }

  /** Sets the merchant's client identifier. */
  public SubscriptionBuilder withClientId(long clientId) {
    this.clientId = Option.some(clientId);
    return this;
  }

  /** Sets the plan. */
  public SubscriptionBuilder withPlanId(long planId) {
    this.planId = Option.some(new PlanId(planId));
    return this;
  }

  /** Sets the subscribed customer. */
  public SubscriptionBuilder withCustomerId(String customerId) {
    this.customerId = Option.some(new CustomerId(customerId));
    return this;
  }

  /** Sets the status exactly as the API would send it, such as {@code disabled}. */
  public SubscriptionBuilder withStatus(String status) {
    this.status = Option.some(status);
    return this;
  }

  /** Sets the first day and leaves the period end unchanged. */
  public SubscriptionBuilder withStartAt(LocalDate start) {
    this.startAt = Option.some(midnight(start));
    return this;
  }

  /** Sets the last day of the current period. */
  public SubscriptionBuilder withExpireAt(LocalDate expiry) {
    this.expireAt = Option.some(midnight(expiry));
    return this;
  }

  /** Marks the subscription archived. */
  public SubscriptionBuilder archived() {
    this.archived = true;
    return this;
  }

  /** Sets the creation, update and deletion times. */
  public SubscriptionBuilder withTimestamps(Timestamps timestamps) {
    this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    return this;
  }

  /** Marks the subscription renewed at {@code at}. */
  public SubscriptionBuilder renewedAt(Instant at) {
    this.renewalDate = Option.some(at);
    this.renewed = true;
    return this;
  }

  /** Returns the subscription. */
  public Subscription build() {
    return new Subscription(
        id,
        clientId,
        planId,
        customerId,
        status,
        startAt,
        expireAt,
        archived,
        timestamps,
        renewalDate,
        renewed);
  }

  private static Instant midnight(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
