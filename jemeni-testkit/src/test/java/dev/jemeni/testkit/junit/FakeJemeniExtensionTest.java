package dev.jemeni.testkit.junit;

import static dev.jemeni.testkit.assertion.JemeniAssertions.TRANSACTION;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.builder.JemeniBuilders.aSendPayment;
import static dev.jemeni.testkit.builder.JemeniBuilders.aTransactionStateQuery;

import dev.jemeni.adapter.out.fake.FakeCustomers;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.FakeScenario;
import dev.jemeni.adapter.out.fake.MutableClock;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.port.out.PaymentGateway;
import dev.jemeni.port.out.PlanCatalogue;
import dev.jemeni.port.out.SubscriptionGateway;
import dev.jemeni.testkit.builder.JemeniDefaults;
import dev.jemeni.testkit.support.EngineFixture;
import dev.jemeni.testkit.support.EngineFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Events;

class FakeJemeniExtensionTest {

  @Test
  void eachTestGetsFreshFake() {
    FreshPerTest.SEEN.clear();

    Events tests = EngineFixtures.run(FreshPerTest.class).testEvents();

    tests.assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
    assertThat(FreshPerTest.SEEN).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void constructorBeforeEachAndTestShareOneFake() {
    Events tests = EngineFixtures.run(SharedWithinTest.class).testEvents();

    tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
  }

  @Test
  void invalidStartAtFailsNamingValue() {
    Events tests = EngineFixtures.run(InvalidStartAt.class).testEvents();

    tests.assertStatistics(stats -> stats.started(1).failed(1));
    Throwable failure =
        tests
            .failed()
            .list()
            .get(0)
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .get();
    assertThat(failure).hasMessageContaining("startAt 'yesterday' is not an ISO-8601 instant");
  }

  @Nested
  @ExtendWith(FakeJemeniExtension.class)
  class WithDefaults {

    @Test
    void clockStartsAtReferenceTime(MutableClock clock, FakeJemeniGateway fake) {
      assertThat(clock.instant()).isEqualTo(JemeniDefaults.NOW);
      assertThat(fake.clock()).isSameAs(clock);
    }

    @Test
    void unknownCustomerIsRejected(PaymentGateway gateway) {
      assertThat(gateway.sendPayment(aSendPayment().withCustomerPhone("70000001").build()))
          .isErrorOfType(ApiCodeError.InvalidInputData.class)
          .hasViolationOn("customer_phone");
    }

    @Test
    void everyResolvableTypeComesFromOneFake(
        FakeJemeniGateway fake,
        JemeniGateway jemeni,
        PaymentGateway payments,
        SubscriptionGateway subscriptions,
        PlanCatalogue plans,
        FakeCustomers customers,
        FakeScenario scenario) {
      assertThat(jemeni).isSameAs(fake);
      assertThat(payments).isSameAs(fake);
      assertThat(subscriptions).isSameAs(fake);
      assertThat(plans).isSameAs(fake);
      assertThat(customers).isSameAs(fake.customers());
      assertThat(scenario).isSameAs(fake.scenario());
    }
  }

  @Nested
  @JemeniFake(startAt = "2025-03-01T08:00:00Z", paymentLifetime = "PT15M")
  class WithSettings {

    @Test
    void clockStartsAtConfiguredInstant(MutableClock clock) {
      assertThat(clock.instant()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
    }

    @Test
    void paymentExpiresAfterConfiguredLifetime(FakeJemeniGateway fake, MutableClock clock) {
      Transaction sent = fake.sendPayment(aSendPayment().build()).get();

      clock.advance(Duration.ofMinutes(15));

      assertThat(fake.transactionState(aTransactionStateQuery().forTransaction(sent).build()))
          .isSuccess(TRANSACTION)
          .hasFailed();
    }

    @Test
    @JemeniFake(registerUnknownCustomers = true)
    void methodAnnotationOverridesClass(PaymentGateway gateway, MutableClock clock) {
      assertThat(gateway.sendPayment(aSendPayment().withCustomerPhone("70000001").build()))
          .isSuccess();
      assertThat(clock.instant()).isEqualTo(JemeniDefaults.NOW);
    }
  }

  @EngineFixture
  @ExtendWith(FakeJemeniExtension.class)
  static class FreshPerTest {

    static final List<FakeJemeniGateway> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void first(FakeJemeniGateway fake) {
      sendOne(fake);
    }

    @Test
    void second(FakeJemeniGateway fake) {
      sendOne(fake);
    }

    @Test
    void third(FakeJemeniGateway fake, MutableClock clock) {
      sendOne(fake);
      clock.advance(Duration.ofDays(1));
    }

    private static void sendOne(FakeJemeniGateway fake) {
      assertThat(fake.transactions()).isEmpty();
      assertThat(fake.clock().instant()).isEqualTo(JemeniDefaults.NOW);
      fake.sendPayment(aSendPayment().build());
      SEEN.add(fake);
    }
  }

  @EngineFixture
  @JemeniFake
  static class SharedWithinTest {

    private final FakeJemeniGateway fromConstructor;
    private FakeJemeniGateway fromBeforeEach;

    SharedWithinTest(FakeJemeniGateway fake) {
      this.fromConstructor = fake;
    }

    @BeforeEach
    void sendOne(FakeJemeniGateway fake) {
      fromBeforeEach = fake;
      fake.sendPayment(aSendPayment().build());
    }

    @Test
    void first(JemeniGateway gateway) {
      assertShared(gateway);
    }

    @Test
    void second(JemeniGateway gateway) {
      assertShared(gateway);
    }

    private void assertShared(JemeniGateway gateway) {
      assertThat(fromConstructor).isSameAs(fromBeforeEach).isSameAs(gateway);
      assertThat(fromBeforeEach.transactions()).hasSize(1);
    }
  }

  @EngineFixture
  @JemeniFake(startAt = "yesterday")
  static class InvalidStartAt {

    @Test
    void needsFake(FakeJemeniGateway fake) {
      assertThat(fake).isNotNull();
    }
  }
}
