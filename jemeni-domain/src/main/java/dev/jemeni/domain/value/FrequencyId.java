package dev.jemeni.domain.value;

import io.vavr.control.Validation;

/**
 * Identifier of a subscription frequency, such as monthly.
 *
 * @param value the positive identifier
 */
public record FrequencyId(long value) {

  /** Validates that the identifier is positive. */
  public FrequencyId {
    Checks.require(Checks.positive(value, "frequency_id"));
  }

  /** Returns the identifier, or a message naming the value when it is not positive. */
  public static Validation<String, FrequencyId> of(long value) {
    return Checks.validate(Checks.positive(value, "frequency_id"), () -> new FrequencyId(value));
  }

  /** Parses a decimal identifier such as {@code "1"}. */
  public static Validation<String, FrequencyId> parse(String raw) {
    try {
      return of(Long.parseLong(raw == null ? "" : raw.strip()));
    } catch (NumberFormatException e) {
      return Validation.invalid(
          "frequency_id "
              + Checks.quote(String.valueOf(raw))
              + " is not a whole number: use digits such as 1");
    }
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
