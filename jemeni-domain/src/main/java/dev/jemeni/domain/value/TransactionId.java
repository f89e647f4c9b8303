package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Opaque identifier of a transaction, as returned when a payment is sent.
 *
 * @param value the identifier exactly as the API issued it
 */
public record TransactionId(String value) {

  private static final int MAX_LENGTH = 255;

  /** Validates that the identifier is non-blank, printable and at most 255 characters. */
  public TransactionId {
    Checks.require(problem(value));
  }

  /** Returns the identifier, or a message naming the value and the rule it broke. */
  public static Validation<String, TransactionId> of(String value) {
    return Checks.validate(problem(value), () -> new TransactionId(value));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String value) {
    return Checks.nonBlank(value, "transaction_id")
        .orElse(() -> Checks.noControlCharacters(value, "transaction_id"))
        .orElse(() -> Checks.maxLength(value, MAX_LENGTH, "transaction_id"));
  }
}
