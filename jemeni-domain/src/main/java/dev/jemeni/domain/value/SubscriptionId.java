package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Identifier of a subscription.
 *
 * @param value the identifier exactly as the API issued it
 */
public record SubscriptionId(String value) {

  private static final int MAX_LENGTH = 255;

  /** Validates that the identifier is non-blank, printable and at most 255 characters. */
  public SubscriptionId {
    Checks.require(problem(value));
  }

  /** Returns the identifier, or a message naming the value and the rule it broke. */
  public static Validation<String, SubscriptionId> of(String value) {
    return Checks.validate(problem(value), () -> new SubscriptionId(value));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String value) {
    return Checks.nonBlank(value, "subscription_id")
        .orElse(() -> Checks.noControlCharacters(value, "subscription_id"))
        .orElse(() -> Checks.maxLength(value, MAX_LENGTH, "subscription_id"));
  }
}
