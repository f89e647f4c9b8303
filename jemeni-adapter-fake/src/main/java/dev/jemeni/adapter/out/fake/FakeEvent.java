package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import java.time.Instant;
import java.util.Objects;

/**
 * A state change of a {@link FakeJemeniGateway}, delivered once to each listener registered with
 * {@link FakeJemeniGateway#onEvent(java.util.function.Consumer)}.
 *
 * <p>These are the changes the real service announces by webhook. NOTE: the API documentation shows
 * only the {@code payment.success} event name; the other names follow the same pattern and are this
 * library's choice.
 */
public sealed interface FakeEvent
    permits FakeEvent.PaymentSucceeded,
        FakeEvent.PaymentFailed,
        FakeEvent.SubscriptionCreated,
        FakeEvent.SubscriptionDisabled {

  /** Returns the webhook event name, such as {@code payment.success}. */
  String name();

  /** Returns when the change took effect on the gateway's clock. */
  Instant occurredAt();

  /**
   * The customer approved a payment.
   *
   * @param transaction the transaction after the change, with its payment status {@code paid}
   * @param occurredAt when the customer approved
   */
  record PaymentSucceeded(Transaction transaction, Instant occurredAt) implements FakeEvent {

    /** Rejects null components. */
    public PaymentSucceeded {
      Objects.requireNonNull(transaction, "transaction");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
      return "payment.success";
    }
  }

  /**
   * A payment failed: the customer declined it or never responded before it expired.
   *
   * @param transaction the transaction after the change, with its payment status {@code declined}
   *     or {@code expired}
   * @param occurredAt when the customer declined, or when the payment expired
   */
  record PaymentFailed(Transaction transaction, Instant occurredAt) implements FakeEvent {

    /** Rejects null components. */
    public PaymentFailed {
      Objects.requireNonNull(transaction, "transaction");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
      return "payment.failed";
    }
  }

  /**
   * A subscription was created.
   *
   * @param subscription the new subscription
   * @param customer the subscribed customer
   * @param occurredAt when it was created
   */
  record SubscriptionCreated(Subscription subscription, Customer customer, Instant occurredAt)
      implements FakeEvent {

    /** Rejects null components. */
    public SubscriptionCreated {
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
      return "subscription.created";
    }
  }

  /**
   * An active subscription was disabled. Disabling an already disabled subscription sends none.
   *
   * @param subscription the subscription after the change, with status {@code disabled}
   * @param customer the customer whose subscription was disabled
   * @param occurredAt when it was disabled
   */
  record SubscriptionDisabled(Subscription subscription, Customer customer, Instant occurredAt)
      implements FakeEvent {

    /** Rejects null components. */
    public SubscriptionDisabled {
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
      return "subscription.disabled";
    }
  }
}
