package dev.jemeni.testkit.builder;

import dev.jemeni.adapter.out.fake.FakeSeed;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Builds a {@link Customer}. Defaults: the seeded customer Awa Traoré (311), phone {@link
 * JemeniDefaults#CUSTOMER_PHONE}, country 1, with the seed's timestamps.
 */
public final class CustomerBuilder {

  private Option<CustomerId> id;
  private Option<String> firstName;
  private Option<String> lastName;
  private Option<String> email;
  private Option<String> phone;
  private Option<CountryId> countryId;
  private Timestamps timestamps;

  CustomerBuilder() {
    Customer awa = FakeSeed.customers().head();
    this.id = awa.id();
    this.firstName = awa.firstName();
    this.lastName = awa.lastName();
    this.email = awa.email();
    this.phone = awa.phone();
    this.countryId = awa.countryId();
    this.timestamps = awa.timestamps();
  }

  /** Sets the customer's identifier. */
  public CustomerBuilder withId(String id) {
    this.id = Option.some(new CustomerId(id));
    return this;
  }

  /** Sets the first and last name. */
  public CustomerBuilder withName(String firstName, String lastName) {
    this.firstName = Option.some(firstName);
    this.lastName = Option.some(lastName);
    return this;
  }

  /** Sets the e-mail address. */
  public CustomerBuilder withEmail(String email) {
    this.email = Option.some(email);
    return this;
  }

  /** Sets the phone number exactly as the API would send it. */
  public CustomerBuilder withPhone(String phone) {
    this.phone = Option.some(phone);
    return this;
  }

  /** Sets the country identifier. */
  public CustomerBuilder withCountryId(int countryId) {
    this.countryId = Option.some(new CountryId(countryId));
    return this;
  }

  /** Sets the creation, update and deletion times. */
  public CustomerBuilder withTimestamps(Timestamps timestamps) {
    this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    return this;
  }

  /** Returns the customer. */
  public Customer build() {
    return new Customer(id, firstName, lastName, email, phone, countryId, timestamps);
  }
}
