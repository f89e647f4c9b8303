package dev.jemeni.testkit.builder;

import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.value.PhoneNumber;

/** Builds a {@link DisableSubscription}. Default: phone {@link JemeniDefaults#CUSTOMER_PHONE}. */
public final class DisableSubscriptionBuilder {

  private PhoneNumber phone = new PhoneNumber(JemeniDefaults.CUSTOMER_PHONE);

  DisableSubscriptionBuilder() {}

  /** Sets the phone number of the customer whose subscription is disabled. */
  public DisableSubscriptionBuilder withPhone(String phone) {
    this.phone = new PhoneNumber(phone);
    return this;
  }

  /** Returns the command. */
  public DisableSubscription build() {
    return new DisableSubscription(phone);
  }
}
