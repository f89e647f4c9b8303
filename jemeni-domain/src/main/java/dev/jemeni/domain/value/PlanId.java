package dev.jemeni.domain.value;

import io.vavr.control.Validation;

/**
 * Identifier of a subscription plan.
 *
 * @param value the positive identifier
 */
public record PlanId(long value) {

  /** Validates that the identifier is positive. */
  public PlanId {
    Checks.require(Checks.positive(value, "plan_id"));
  }

  /** Returns the identifier, or a message naming the value when it is not positive. */
  public static Validation<String, PlanId> of(long value) {
    return Checks.validate(Checks.positive(value, "plan_id"), () -> new PlanId(value));
  }

  /** Parses a decimal identifier such as {@code "1"}. */
  public static Validation<String, PlanId> parse(String raw) {
    try {
      return of(Long.parseLong(raw == null ? "" : raw.strip()));
    } catch (NumberFormatException e) {
      return Validation.invalid(
          "plan_id "
              + Checks.quote(String.valueOf(raw))
              + " is not a whole number: use digits such as 1");
    }
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
