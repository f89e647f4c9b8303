package dev.jemeni.testkit.builder;

import dev.jemeni.adapter.out.fake.FakeJemeniGatewayBuilder;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PaymentReference;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds a {@link Payment}. Defaults: identifier {@code 1}, 5000 XOF, status {@code pending}, due
 * four days after {@link JemeniDefaults#NOW} as in the fake, reference {@link
 * JemeniDefaults#PAYMENT_REFERENCE}, created at {@code NOW}.
 */
public final class PaymentBuilder {

  private Option<String> id = Option.some("1");
  private Option<String> subscriptionId = Option.none();
  private Option<Money> amount = Option.some(Money.xof(JemeniDefaults.AMOUNT_XOF));
  private Option<Instant> dueAt =
      Option.some(JemeniDefaults.NOW.plus(FakeJemeniGatewayBuilder.DEFAULT_PAYMENT_LIFETIME));
  private Option<String> nature = Option.none();
  private boolean archived;
  private Timestamps timestamps = Timestamps.createdAt(JemeniDefaults.NOW);
  private PaymentStatus status = new PaymentStatus("pending");
  private Option<PaymentReference> reference =
      Option.some(new PaymentReference(JemeniDefaults.PAYMENT_REFERENCE));

  PaymentBuilder() {}

  /** Sets the payment's identifier. */
  public PaymentBuilder withId(String id) {
    this.id = Option.some(id);
    return this;
  }

  /** Sets the subscription the payment belongs to. */
  public PaymentBuilder withSubscriptionId(String subscriptionId) {
    this.subscriptionId = Option.some(subscriptionId);
    return this;
  }

  /** Sets the amount in XOF. */
  public PaymentBuilder withAmount(long xof) {
    this.amount = Option.some(Money.xof(xof));
    return this;
  }

  /** Sets the due time. */
  public PaymentBuilder withDueAt(Instant dueAt) {
    this.dueAt = Option.some(dueAt);
    return this;
  }

  /** Sets the kind of payment. */
  public PaymentBuilder withNature(String nature) {
    this.nature = Option.some(nature);
    return this;
  }

  /** Marks the payment archived. */
  public PaymentBuilder archived() {
    this.archived = true;
    return this;
  }

  /** Sets the status word exactly as the API would send it, such as {@code paid}. */
  public PaymentBuilder withStatus(String status) {
    this.status = new PaymentStatus(status);
    return this;
  }

  /** Sets the payment reference. */
  public PaymentBuilder withReference(String reference) {
    this.reference = Option.some(new PaymentReference(reference));
    return this;
  }

  /** Removes the payment reference. */
  public PaymentBuilder withoutReference() {
    this.reference = Option.none();
    return this;
  }

  /** Sets the creation, update and deletion times. */
  public PaymentBuilder withTimestamps(Timestamps timestamps) {
    this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    return this;
  }

  /** Returns the payment. */
  public Payment build() {
    return new Payment(
        id, subscriptionId, amount, dueAt, nature, archived, timestamps, status, reference);
  }
}
