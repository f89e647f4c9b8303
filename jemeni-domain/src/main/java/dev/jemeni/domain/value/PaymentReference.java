package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Reference of a payment, such as {@code JP-8F3K2Q7W1A}.
 *
 * @param value the identifier exactly as the API issued it
 */
public record PaymentReference(String value) {

  private static final int MAX_LENGTH = 255;

  /** Validates that the identifier is non-blank, printable and at most 255 characters. */
  public PaymentReference {
    Checks.require(problem(value));
  }

  /** Returns the identifier, or a message naming the value and the rule it broke. */
  public static Validation<String, PaymentReference> of(String value) {
    return Checks.validate(problem(value), () -> new PaymentReference(value));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String value) {
    return Checks.nonBlank(value, "payment_reference")
        .orElse(() -> Checks.noControlCharacters(value, "payment_reference"))
        .orElse(() -> Checks.maxLength(value, MAX_LENGTH, "payment_reference"));
  }
}
