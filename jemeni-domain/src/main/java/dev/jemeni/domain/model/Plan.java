package dev.jemeni.domain.model;

import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PlanId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A subscription plan the merchant offers.
 *
 * @param id the plan's identifier
 * @param clientId the merchant's client identifier
 * @param name the plan's name
 * @param price the price of one period
 * @param frequencyId how often the plan renews
 * @param archived whether the plan was withdrawn
 * @param timestamps creation, update and deletion times
 */
public record Plan(
    PlanId id,
    Option<Long> clientId,
    Option<String> name,
    Option<Money> price,
    Option<FrequencyId> frequencyId,
    boolean archived,
    Timestamps timestamps) {

  /** Rejects null components. */
  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(frequencyId, "frequencyId");
    Objects.requireNonNull(timestamps, "timestamps");
  }
}
