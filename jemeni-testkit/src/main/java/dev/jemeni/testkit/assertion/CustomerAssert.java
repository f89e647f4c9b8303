package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import io.vavr.control.Option;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link Customer}. */
public final class CustomerAssert extends AbstractObjectAssert<CustomerAssert, Customer> {

  /** Creates assertions on {@code actual}. Prefer {@link JemeniAssertions#assertThat}. */
  public CustomerAssert(Customer actual) {
    super(actual, CustomerAssert.class);
  }

  /** Verifies the customer's identifier. */
  public CustomerAssert hasId(String expected) {
    isNotNull();
    if (!actual.id().contains(new CustomerId(expected))) {
      failWithMessage("Expected customer id <%s> but found <%s>", expected, shown(actual.id()));
    }
    return this;
  }

  /** Verifies the phone number exactly as the API sent it. */
  public CustomerAssert hasPhone(String expected) {
    isNotNull();
    if (!actual.phone().contains(expected)) {
      failWithMessage(
          "Expected customer <%s> to have phone <%s> but found <%s>",
          shown(actual.id()), expected, shown(actual.phone()));
    }
    return this;
  }

  /** Verifies the customer's country. */
  public CustomerAssert hasCountryId(int expected) {
    isNotNull();
    if (!actual.countryId().contains(new CountryId(expected))) {
      failWithMessage(
          "Expected customer <%s> to have country <%d> but found <%s>",
          shown(actual.id()), expected, shown(actual.countryId()));
    }
    return this;
  }

  private static String shown(Option<?> value) {
    return value.map(Objects::toString).getOrElse("none");
  }
}
