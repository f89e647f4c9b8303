package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Identifier of a customer, a number such as {@code 311} or a string such as {@code CUST6789}.
 *
 * @param value the identifier exactly as the API issued it
 */
public record CustomerId(String value) {

  private static final int MAX_LENGTH = 255;

  /** Validates that the identifier is non-blank, printable and at most 255 characters. */
  public CustomerId {
    Checks.require(problem(value));
  }

  /** Returns the identifier, or a message naming the value and the rule it broke. */
  public static Validation<String, CustomerId> of(String value) {
    return Checks.validate(problem(value), () -> new CustomerId(value));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String value) {
    return Checks.nonBlank(value, "customer_id")
        .orElse(() -> Checks.noControlCharacters(value, "customer_id"))
        .orElse(() -> Checks.maxLength(value, MAX_LENGTH, "customer_id"));
  }
}
