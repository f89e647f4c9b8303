package dev.jemeni.testkit.contract;

import static dev.jemeni.testkit.assertion.JemeniAssertions.CUSTOMER;
import static dev.jemeni.testkit.assertion.JemeniAssertions.SUBSCRIPTION;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.builder.JemeniBuilders.aCreateSubscription;
import static dev.jemeni.testkit.builder.JemeniBuilders.aDisableSubscription;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.testkit.builder.CreateSubscriptionBuilder;
import dev.jemeni.testkit.builder.JemeniDefaults;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract of {@link dev.jemeni.port.out.SubscriptionGateway}: creating a subscription, its
 * expiry, disabling it once and twice, and the code-4001 rejections of both operations.
 *
 * <p>Dates are compared as midnight UTC, as in {@link
 * dev.jemeni.testkit.assertion.SubscriptionAssert}. Extend it in the adapter's tests and implement
 * {@link #createSubject()}.
 */
public abstract class SubscriptionGatewayContract extends JemeniContract {

  private static final PhoneNumber CUSTOMER_PHONE = new PhoneNumber(JemeniDefaults.CUSTOMER_PHONE);

  /** Creates the contract. Subclasses supply the subject. */
  protected SubscriptionGatewayContract() {}

  @Test
  void createSubscriptionReturnsActiveSubscription() {
    Either<JemeniError, Subscription> result =
        gateway().createSubscription(aCreateSubscription().withStartAt("2024-11-01").build());

    assertThat(result)
        .isSuccess(SUBSCRIPTION)
        .isActive()
        .hasPlanId(1)
        .hasCustomerId(JemeniDefaults.CUSTOMER_ID)
        .startsOn(LocalDate.parse("2024-11-01"));
  }

  @ParameterizedTest(name = "frequency {0} from 2024-01-31 expires {1}")
  @CsvSource({"1, 2024-02-29", "2, 2024-04-30", "3, 2024-07-31", "4, 2025-01-31"})
  void expiryIsStartPlusFrequencyPeriod(long frequencyId, LocalDate expiry) {
    Either<JemeniError, Subscription> result =
        gateway()
            .createSubscription(
                aCreateSubscription()
                    .withFrequencyId(frequencyId)
                    .withStartAt("2024-01-31")
                    .build());

    assertThat(result).isSuccess(SUBSCRIPTION).expiresOn(expiry);
  }

  @Test
  void createSubscriptionStoresItAtService() {
    Subscription created = create(aCreateSubscription());

    List<Subscription> stored = control().subscriptions(CUSTOMER_PHONE);
    assertThat(stored).extracting(Subscription::id).containsExactly(created.id());
    assertThat(stored.head()).isActive().hasPlanId(1);
  }

  @Test
  void archivedPlanIsRejected() {
    assertRejected(aCreateSubscription().withPlanId(3), "plan_id");
  }

  @Test
  void unknownPlanIsRejected() {
    assertRejected(aCreateSubscription().withPlanId(99), "plan_id");
  }

  @Test
  void unknownFrequencyIsRejected() {
    assertRejected(aCreateSubscription().withFrequencyId(99), "frequency_id");
  }

  @Test
  void unknownCustomerCannotSubscribe() {
    Either<JemeniError, Subscription> result =
        gateway()
            .createSubscription(
                aCreateSubscription().withPhone(JemeniDefaults.UNKNOWN_PHONE).build());

    assertThat(result)
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasViolationOn("phone");
  }

  @Test
  void disableSubscriptionReturnsCustomer() {
    create(aCreateSubscription());

    Either<JemeniError, Customer> result =
        gateway().disableSubscription(aDisableSubscription().build());

    assertThat(result)
        .isSuccess(CUSTOMER)
        .hasId(JemeniDefaults.CUSTOMER_ID)
        .hasPhone(JemeniDefaults.CUSTOMER_PHONE);
    assertNoActiveSubscription();
  }

  @Test
  void disablingTwiceIsHarmless() {
    create(aCreateSubscription());
    gateway().disableSubscription(aDisableSubscription().build());

    Either<JemeniError, Customer> second =
        gateway().disableSubscription(aDisableSubscription().build());

    assertThat(second).isSuccess(CUSTOMER).hasId(JemeniDefaults.CUSTOMER_ID);
    assertThat(control().subscriptions(CUSTOMER_PHONE)).hasSize(1);
    assertNoActiveSubscription();
  }

  @Test
  void disableWithoutSubscriptionIsRejected() {
    Either<JemeniError, Customer> result =
        gateway().disableSubscription(aDisableSubscription().build());

    assertThat(result)
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasViolationOn("phone");
  }

  private Subscription create(CreateSubscriptionBuilder command) {
    Either<JemeniError, Subscription> result = gateway().createSubscription(command.build());
    assertThat(result).as("create subscription").isSuccess();
    return result.get();
  }

  private void assertRejected(CreateSubscriptionBuilder command, String field) {
    Either<JemeniError, Subscription> result = gateway().createSubscription(command.build());

    assertThat(result)
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasViolationOn(field);
    assertThat(control().subscriptions(CUSTOMER_PHONE)).isEmpty();
  }

  private void assertNoActiveSubscription() {
    List<Subscription> stored = control().subscriptions(CUSTOMER_PHONE);
    assertThat(stored).isNotEmpty();
    stored.forEach(subscription -> assertThat(subscription).isNotActive());
  }
}
