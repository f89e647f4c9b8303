package dev.jemeni.domain.value;

import io.vavr.control.Validation;

/**
 * Identifier of a country in the Jemeni API, such as {@code 1}.
 *
 * @param value the positive identifier
 */
public record CountryId(int value) {

  /** Validates that the identifier is positive. */
  public CountryId {
    Checks.require(Checks.positive(value, "country_id"));
  }

  /** Returns the identifier, or a message naming the value when it is not positive. */
  public static Validation<String, CountryId> of(int value) {
    return Checks.validate(Checks.positive(value, "country_id"), () -> new CountryId(value));
  }

  /** Parses a decimal identifier such as {@code "1"}. */
  public static Validation<String, CountryId> parse(String raw) {
    try {
      return of(Integer.parseInt(raw == null ? "" : raw.strip()));
    } catch (NumberFormatException e) {
      return Validation.invalid(
          "country_id "
              + Checks.quote(String.valueOf(raw))
              + " is not a whole number: use digits such as 1");
    }
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
