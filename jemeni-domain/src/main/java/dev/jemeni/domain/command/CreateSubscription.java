package dev.jemeni.domain.command;

import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.PlanId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Subscribes a customer to a plan at a frequency, from a start date.
 *
 * <p>Not idempotent: each accepted command creates a subscription.
 *
 * @param phone the customer's phone number
 * @param planId the plan
 * @param frequencyId the frequency
 * @param startAt the first day of the subscription, sent as {@code YYYY-MM-DD}
 */
public record CreateSubscription(
    PhoneNumber phone, PlanId planId, FrequencyId frequencyId, LocalDate startAt)
    implements Command {

  /** Rejects null components. */
  public CreateSubscription {
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(frequencyId, "frequencyId");
    Objects.requireNonNull(startAt, "startAt");
  }

  /**
   * Validates raw input and returns the command, or every violation found.
   *
   * @param phone the customer's phone number
   * @param planId the plan identifier, such as {@code 1}
   * @param frequencyId the frequency identifier, such as {@code 1}
   * @param startAt the start date as {@code YYYY-MM-DD}
   */
  public static Validation<Seq<Violation>, CreateSubscription> of(
      String phone, String planId, String frequencyId, String startAt) {
    return Validation.combine(
            Fields.required("phone", phone, PhoneNumber::of),
            Fields.required("plan_id", planId, PlanId::parse),
            Fields.required("frequency_id", frequencyId, FrequencyId::parse),
            Fields.required("start_at", startAt, CreateSubscription::parseDate))
        .ap(CreateSubscription::new);
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_SUBSCRIPTION;
  }

  private static Validation<String, LocalDate> parseDate(String raw) {
    // LocalDate.parse also takes years such as +999999999, which are not YYYY-MM-DD.
    if (!raw.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return Validation.invalid(
          "start_at '" + raw + "' is not a date: use YYYY-MM-DD, such as 2024-10-27");
    }
    try {
      return Validation.valid(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      return Validation.invalid(
          "start_at '" + raw + "' is not a date: use YYYY-MM-DD, such as 2024-10-27");
    }
  }
}
