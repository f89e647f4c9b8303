package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import io.vavr.control.Either;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * Entry points to the Jemeni assertions. It extends AssertJ's {@link Assertions}, so one static
 * import of {@code JemeniAssertions.*} gives the standard assertions as well.
 *
 * <pre>{@code
 * assertThat(gateway.sendPayment(command))
 *     .isErrorOfType(ApiCodeError.InvalidInputData.class)
 *     .hasApiCode(4001)
 *     .hasViolationOn("customer_phone");
 *
 * assertThat(gateway.transactionState(query)).isSuccess(TRANSACTION).hasSucceeded();
 * }</pre>
 */
public final class JemeniAssertions extends Assertions {

  /** Turns a success value into a {@link TransactionAssert}, for {@link EitherAssert#isSuccess}. */
  public static final InstanceOfAssertFactory<Transaction, TransactionAssert> TRANSACTION =
      new InstanceOfAssertFactory<>(Transaction.class, TransactionAssert::new);

  /** Turns a success value into a {@link SubscriptionAssert}. */
  public static final InstanceOfAssertFactory<Subscription, SubscriptionAssert> SUBSCRIPTION =
      new InstanceOfAssertFactory<>(Subscription.class, SubscriptionAssert::new);

  /** Turns a success value into a {@link CustomerAssert}. */
  public static final InstanceOfAssertFactory<Customer, CustomerAssert> CUSTOMER =
      new InstanceOfAssertFactory<>(Customer.class, CustomerAssert::new);

  /** Turns a value into a {@link PlanAssert}. */
  public static final InstanceOfAssertFactory<Plan, PlanAssert> PLAN =
      new InstanceOfAssertFactory<>(Plan.class, PlanAssert::new);

  private JemeniAssertions() {}

  /** Returns assertions on the result of a port call. */
  public static <T> EitherAssert<T> assertThat(Either<? extends JemeniError, T> actual) {
    return new EitherAssert<>(actual);
  }

  /** Returns assertions on an error. */
  public static JemeniErrorAssert assertThat(JemeniError actual) {
    return new JemeniErrorAssert(actual);
  }

  /** Returns assertions on a transaction. */
  public static TransactionAssert assertThat(Transaction actual) {
    return new TransactionAssert(actual);
  }

  /** Returns assertions on a subscription. */
  public static SubscriptionAssert assertThat(Subscription actual) {
    return new SubscriptionAssert(actual);
  }

  /** Returns assertions on a plan. */
  public static PlanAssert assertThat(Plan actual) {
    return new PlanAssert(actual);
  }

  /** Returns assertions on a customer. */
  public static CustomerAssert assertThat(Customer actual) {
    return new CustomerAssert(actual);
  }
}
