package dev.jemeni.testkit.builder;

import dev.jemeni.adapter.out.fake.FakeSeed;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PlanId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Builds a {@link Plan}. Defaults: the seeded plan 1 of client 42, "Essentiel mensuel" at 2500 XOF,
 * frequency 1, not archived.
 */
public final class PlanBuilder {

  private PlanId id;
  private Option<Long> clientId;
  private Option<String> name;
  private Option<Money> price;
  private Option<FrequencyId> frequencyId;
  private boolean archived;
  private Timestamps timestamps;

  PlanBuilder() {
    Plan first = FakeSeed.plans().head();
    this.id = first.id();
    this.clientId = first.clientId();
    this.name = first.name();
    this.price = first.price();
    this.frequencyId = first.frequencyId();
    this.archived = first.archived();
    this.timestamps = first.timestamps();
  }

  /** Sets the plan's identifier. */
  public PlanBuilder withId(long id) {
    this.id = new PlanId(id);
    return this;
  }

  /** Sets the merchant's client identifier. */
  public PlanBuilder withClientId(long clientId) {
    this.clientId = Option.some(clientId);
    return this;
  }

  /** Sets the plan's name. */
  public PlanBuilder withName(String name) {
    this.name = Option.some(name);
    return this;
  }

  /** Sets the price of one period, in XOF. */
  public PlanBuilder withPrice(long xof) {
    return withPrice(Money.xof(xof));
  }

  /** Sets the price of one period. */
  public PlanBuilder withPrice(Money price) {
    this.price = Option.some(price);
    return this;
  }

  /** Sets the frequency identifier. */
  public PlanBuilder withFrequencyId(long frequencyId) {
    this.frequencyId = Option.some(new FrequencyId(frequencyId));
    return this;
  }

  /** Marks the plan archived, that is withdrawn from sale. */
  public PlanBuilder archived() {
    this.archived = true;
    return this;
  }

  /** Sets the creation, update and deletion times. */
  public PlanBuilder withTimestamps(Timestamps timestamps) {
    this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    return this;
  }

  /** Returns the plan. */
  public Plan build() {
    return new Plan(id, clientId, name, price, frequencyId, archived, timestamps);
  }
}
