package dev.jemeni.domain.command;

import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.value.PhoneNumber;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Disables the active subscription of the customer with this phone number.
 *
 * <p>Idempotent: disabling an already disabled subscription changes nothing.
 *
 * @param phone the customer's phone number
 */
public record DisableSubscription(PhoneNumber phone) implements Command {

  /** Rejects a null phone number. */
  public DisableSubscription {
    Objects.requireNonNull(phone, "phone");
  }

  /** Validates a raw phone number. */
  public static Validation<Seq<Violation>, DisableSubscription> of(String phone) {
    return Fields.required("phone", phone, PhoneNumber::of)
        .map(DisableSubscription::new)
        .mapError(List::of);
  }

  @Override
  public Operation operation() {
    return Operation.DISABLE_SUBSCRIPTION;
  }
}
