package dev.jemeni.testkit.builder;

import dev.jemeni.domain.value.Money;

/**
 * Entry points to the test-data builders, for a static import.
 *
 * <pre>{@code
 * SendPayment command = aSendPayment().withAmount(7500).build();
 * Transaction paid = aTransaction().withState(TransactionState.SUCCEEDED).build();
 * }</pre>
 *
 * <p>Every builder starts from {@link JemeniDefaults}, which match the fake adapter's seed data.
 */
public final class JemeniBuilders {

  private JemeniBuilders() {}

  /** Returns a builder of a payment of 5000 XOF to the seeded customer 98745632 in country 1. */
  public static SendPaymentBuilder aSendPayment() {
    return new SendPaymentBuilder();
  }

  /** Returns a builder of a state query for {@link JemeniDefaults#TRANSACTION_ID}. */
  public static TransactionStateQueryBuilder aTransactionStateQuery() {
    return new TransactionStateQueryBuilder();
  }

  /** Returns a builder of a monthly subscription of 98745632 to plan 1 from 2024-11-01. */
  public static CreateSubscriptionBuilder aCreateSubscription() {
    return new CreateSubscriptionBuilder();
  }

  /** Returns a builder of a command that disables the subscription of 98745632. */
  public static DisableSubscriptionBuilder aDisableSubscription() {
    return new DisableSubscriptionBuilder();
  }

  /** Returns a builder of 5000 XOF. */
  public static MoneyBuilder aMoney() {
    return new MoneyBuilder();
  }

  /** Returns {@code amount} XOF, the API's currency. */
  public static Money xof(long amount) {
    return Money.xof(amount);
  }

  /** Returns a builder of a pending 5000 XOF transaction of the seeded customer, no payment. */
  public static TransactionBuilder aTransaction() {
    return new TransactionBuilder();
  }

  /** Returns a builder of a pending 5000 XOF payment due four days after {@code NOW}. */
  public static PaymentBuilder aPayment() {
    return new PaymentBuilder();
  }

  /** Returns a builder of the seeded customer Awa Traoré. */
  public static CustomerBuilder aCustomer() {
    return new CustomerBuilder();
  }

  /** Returns a builder of the seeded plan 1, "Essentiel mensuel" at 2500 XOF monthly. */
  public static PlanBuilder aPlan() {
    return new PlanBuilder();
  }

  /** Returns a builder of an active monthly subscription of the seeded customer to plan 1. */
  public static SubscriptionBuilder aSubscription() {
    return new SubscriptionBuilder();
  }
}
