package dev.jemeni.domain.model;

import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A JemeniPay customer, as returned with a transaction or a disabled subscription.
 *
 * @param id the customer's identifier
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail address
 * @param phone phone number exactly as the API sent it
 * @param countryId the customer's country
 * @param timestamps creation, update and deletion times
 */
public record Customer(
    Option<CustomerId> id,
    Option<String> firstName,
    Option<String> lastName,
    Option<String> email,
    Option<String> phone,
    Option<CountryId> countryId,
    Timestamps timestamps) {

  /** Rejects null components. */
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(countryId, "countryId");
    Objects.requireNonNull(timestamps, "timestamps");
  }
}
