package dev.jemeni.port.out;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Subscription;
import io.vavr.control.Either;

/** Creates and disables customers' subscriptions. Implementations are thread-safe. */
public interface SubscriptionGateway {

  /**
   * Subscribes a customer to a plan. Changes state and is not idempotent: an implementation returns
   * {@link dev.jemeni.domain.error.OutcomeUnknown} rather than send it twice.
   *
   * @return the created subscription, or the error
   */
  Either<JemeniError, Subscription> createSubscription(CreateSubscription command);

  /**
   * Disables the customer's active subscription. Changes state and is idempotent, so it may be
   * retried.
   *
   * @return the customer whose subscription was disabled, or the error
   */
  Either<JemeniError, Customer> disableSubscription(DisableSubscription command);
}
