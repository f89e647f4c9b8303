package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.AWA;
import static dev.jemeni.adapter.out.fake.Fixtures.MOUSSA;
import static dev.jemeni.adapter.out.fake.Fixtures.START;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.subscribe;
import static dev.jemeni.adapter.out.fake.Fixtures.unsubscribe;
import static dev.jemeni.adapter.out.fake.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Frequency;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PlanId;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);

  @Test
  void plansListIncludesArchivedInSeedOrder() {
    List<Plan> plans = right(fake.listPlans());

    assertThat(plans.map(plan -> plan.id().value())).containsExactly(1L, 2L, 3L);
    assertThat(plans.map(Plan::archived)).containsExactly(false, false, true);
    assertThat(plans.head().name()).contains("Essentiel mensuel");
    assertThat(plans.head().price()).contains(Money.xof(2500));
    assertThat(plans.get(1).frequencyId()).contains(new FrequencyId(4));
  }

  @Test
  void monthlySubscriptionExpiresAMonthLater() {
    Subscription created =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-10-27")));

    assertThat(created.status()).contains("active");
    assertThat(created.planId()).contains(new PlanId(1));
    assertThat(created.customerId()).contains(new CustomerId("311"));
    assertThat(created.clientId()).contains(FakeSeed.CLIENT_ID);
    assertThat(created.startAt()).contains(Instant.parse("2024-10-27T00:00:00Z"));
    assertThat(created.expireAt()).contains(Instant.parse("2024-11-27T00:00:00Z"));
    assertThat(created.timestamps().createdAt()).contains(START);
    assertThat(created.renewed()).isFalse();
  }

  @Test
  void yearlyFrequencyExpiresAYearLater() {
    Subscription created =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "2", "4", "2024-02-29")));

    assertThat(created.expireAt()).contains(Instant.parse("2025-02-28T00:00:00Z"));
  }

  @Test
  void subscriptionIdsAreUnique() {
    Subscription awas =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    Subscription moussas =
        right(fake.createSubscription(subscribe(FakeSeed.MOUSSA_PHONE, "1", "2", "2024-12-01")));

    assertThat(awas.id()).isNotEqualTo(moussas.id());
    assertThat(fake.subscriptions()).containsExactly(awas, moussas);
    assertThat(fake.subscriptions(MOUSSA)).containsExactly(moussas);
  }

  @Test
  void archivedPlanIsRejected() {
    List<Violation> violations =
        violations(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "3", "1", "2024-12-01")));

    assertThat(violations.map(Violation::field)).containsExactly("plan_id");
    assertThat(violations.head().message()).contains("archived");
    assertThat(fake.subscriptions()).isEmpty();
  }

  @Test
  void unknownPlanFrequencyAndCustomerAreAllNamed() {
    List<Violation> violations =
        violations(fake.createSubscription(subscribe("70000001", "99", "9", "2024-12-01")));

    assertThat(violations.map(Violation::field))
        .containsExactly("phone", "plan_id", "frequency_id");
    assertThat(violations.get(2).message()).contains("1, 2, 3, 4");
  }

  @Test
  void secondActiveSubscriptionIsRejected() {
    right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));

    List<Violation> violations =
        violations(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "2", "4", "2024-12-01")));

    assertThat(violations.map(Violation::field)).containsExactly("phone");
    assertThat(violations.head().message()).contains("already has active subscription");
  }

  @Test
  void disableReturnsUpdatedCustomer() {
    Subscription created =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    clock.advance(Duration.ofDays(3));

    Customer customer = right(fake.disableSubscription(unsubscribe(AWA)));

    assertThat(customer.phone()).contains(FakeSeed.AWA_PHONE);
    assertThat(customer.firstName()).contains("Awa");
    assertThat(customer.timestamps().updatedAt()).contains(START.plus(Duration.ofDays(3)));
    Subscription disabled = fake.subscriptions(AWA).single();
    assertThat(disabled.id()).isEqualTo(created.id());
    assertThat(disabled.status()).contains("disabled");
  }

  @Test
  void disablingTwiceSucceeds() {
    right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    Customer first = right(fake.disableSubscription(unsubscribe(AWA)));
    clock.advance(Duration.ofHours(1));

    Customer second = right(fake.disableSubscription(unsubscribe(AWA)));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void resubscribingAfterDisableWorks() {
    right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")));
    right(fake.disableSubscription(unsubscribe(AWA)));

    Subscription again =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "2", "4", "2025-01-01")));

    assertThat(again.status()).contains("active");
    assertThat(fake.subscriptions(AWA)).hasSize(2);
  }

  @Test
  void disableWithoutSubscriptionIsRejected() {
    List<Violation> violations = violations(fake.disableSubscription(unsubscribe(MOUSSA)));

    assertThat(violations.map(Violation::field)).containsExactly("phone");
    assertThat(violations.head().message()).contains("no subscription");
  }

  @Test
  void disableForUnknownPhoneIsRejected() {
    List<Violation> violations =
        violations(fake.disableSubscription(unsubscribe(Fixtures.STRANGER)));

    assertThat(violations.map(Violation::field)).containsExactly("phone");
    assertThat(violations.head().message()).contains("not a JemeniPay customer");
  }

  @Test
  void replacedCatalogueAppliesToNewSubscriptions() {
    Frequency weekly = new Frequency(new FrequencyId(5), "weekly", Period.ofWeeks(1));
    fake.replaceCatalogue(fake.catalogue().withFrequency(weekly));

    Subscription created =
        right(fake.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "5", "2024-12-01")));

    assertThat(created.expireAt()).contains(Instant.parse("2024-12-08T00:00:00Z"));
  }

  @Test
  void configuredCatalogueIsListed() {
    FakeJemeniGateway bare =
        FakeJemeniGateway.builder().clock(clock).catalogue(FakeCatalogue.empty()).build();

    assertThat(right(bare.listPlans())).isEmpty();
    assertThat(
            violations(
                    bare.createSubscription(subscribe(FakeSeed.AWA_PHONE, "1", "1", "2024-12-01")))
                .map(Violation::field))
        .containsExactly("plan_id", "frequency_id");
  }
}
