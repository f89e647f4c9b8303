package dev.jemeni.testkit.builder;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.PlanId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Builds a {@link CreateSubscription}. Defaults: phone {@link JemeniDefaults#CUSTOMER_PHONE}, plan
 * 1, frequency 1 (monthly), start {@link JemeniDefaults#START_DATE}.
 */
public final class CreateSubscriptionBuilder {

  private PhoneNumber phone = new PhoneNumber(JemeniDefaults.CUSTOMER_PHONE);
  private PlanId planId = new PlanId(JemeniDefaults.PLAN_ID);
  private FrequencyId frequencyId = new FrequencyId(JemeniDefaults.FREQUENCY_ID);
  private LocalDate startAt = JemeniDefaults.START_DATE;

  CreateSubscriptionBuilder() {}

  /** Sets the customer's phone number. */
  public CreateSubscriptionBuilder withPhone(String phone) {
    this.phone = new PhoneNumber(phone);
    return this;
  }

  /** Sets the plan identifier. */
  public CreateSubscriptionBuilder withPlanId(long planId) {
    this.planId = new PlanId(planId);
    return this;
  }

  /** Sets the frequency identifier. */
  public CreateSubscriptionBuilder withFrequencyId(long frequencyId) {
    this.frequencyId = new FrequencyId(frequencyId);
    return this;
  }

  /** Sets the first day of the subscription. */
  public CreateSubscriptionBuilder withStartAt(LocalDate startAt) {
    this.startAt = Objects.requireNonNull(startAt, "startAt");
    return this;
  }

  /** Sets the first day of the subscription as {@code YYYY-MM-DD}. */
  public CreateSubscriptionBuilder withStartAt(String startAt) {
    return withStartAt(LocalDate.parse(startAt));
  }

  /** Returns the command. */
  public CreateSubscription build() {
    return new CreateSubscription(phone, planId, frequencyId, startAt);
  }
}
