package dev.jemeni.domain.model;

import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.PlanId;
import dev.jemeni.domain.value.SubscriptionId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's subscription to a plan.
 *
 * @param id the subscription's identifier
 * @param clientId the merchant's client identifier
 * @param planId the plan subscribed to
 * @param customerId the subscribed customer
 * @param status the subscription status as the API sent it, such as {@code active}
 * @param startAt when the subscription starts
 * @param expireAt when the current period ends
 * @param archived whether the subscription was archived
 * @param timestamps creation, update and deletion times
 * @param renewalDate when the subscription was last renewed
 * @param renewed whether the subscription was renewed
 */
public record Subscription(
    SubscriptionId id,
    Option<Long> clientId,
    Option<PlanId> planId,
    Option<CustomerId> customerId,
    Option<String> status,
    Option<Instant> startAt,
    Option<Instant> expireAt,
    boolean archived,
    Timestamps timestamps,
    Option<Instant> renewalDate,
    boolean renewed) {

  /** Rejects null components. */
  public Subscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startAt, "startAt");
    Objects.requireNonNull(expireAt, "expireAt");
    Objects.requireNonNull(timestamps, "timestamps");
    Objects.requireNonNull(renewalDate, "renewalDate");
  }
}
