package dev.jemeni.testkit.contract.broken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.MutableClock;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.testkit.builder.JemeniDefaults;
import dev.jemeni.testkit.contract.ContractSubject;
import dev.jemeni.testkit.contract.PaymentGatewayContract;
import dev.jemeni.testkit.contract.PlanCatalogueContract;
import dev.jemeni.testkit.contract.SubscriptionGatewayContract;
import dev.jemeni.testkit.support.EngineFixture;
import dev.jemeni.testkit.support.EngineFixtures;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs each contract on the Jupiter engine twice: against the fake, where every test passes, and
 * against an adapter broken on purpose, where the test for the broken behaviour fails.
 */
class ContractDetectsBrokenAdapterTest {

  @Test
  void paymentContractPassesOnFake() {
    assertAllPass(EngineFixtures.run(HonestPaymentContract.class));
  }

  @Test
  void paymentContractCatchesDeclineAsPaid() {
    Events tests = EngineFixtures.run(DeclineReportedAsPaidContract.class).testEvents();

    assertThat(tests.failed().count()).isGreaterThan(0);
    assertThat(failedNames(tests))
        .containsExactly("declinedPaymentReportsFailedAndNeverSucceeded()");
    assertThat(firstFailureMessage(tests))
        .contains("to have outcome <FAILED> but found <SUCCEEDED>");
  }

  @Test
  void planContractPassesOnFake() {
    assertAllPass(EngineFixtures.run(HonestPlanContract.class));
  }

  @Test
  void planContractFailsWhenArchivedFlagIsDropped() {
    Events tests = EngineFixtures.run(ArchivedFlagDroppedContract.class).testEvents();

    assertThat(failedNames(tests)).containsExactly("withdrawnPlanIsListedAsArchived()");
    assertThat(firstFailureMessage(tests)).contains("to be archived but it was not archived");
  }

  @Test
  void subscriptionContractPassesOnFake() {
    assertAllPass(EngineFixtures.run(HonestSubscriptionContract.class));
  }

  @Test
  void subscriptionContractFailsWhenExpiryIgnoresFrequency() {
    Events tests = EngineFixtures.run(MonthlyExpiryContract.class).testEvents();

    assertThat(failedNames(tests))
        .containsExactlyInAnyOrder(
            "frequency 2 from 2024-01-31 expires 2024-04-30",
            "frequency 3 from 2024-01-31 expires 2024-07-31",
            "frequency 4 from 2024-01-31 expires 2025-01-31");
    assertThat(firstFailureMessage(tests)).contains("to have expiry <").contains("but found <");
  }

  private static void assertAllPass(EngineExecutionResults results) {
    Events tests = results.testEvents();
    assertThat(tests.skipped().count()).isZero();
    assertThat(tests.failed().count()).isZero();
    assertThat(tests.succeeded().count()).isGreaterThanOrEqualTo(5);
  }

  private static java.util.List<String> failedNames(Events tests) {
    return tests.failed().map(event -> event.getTestDescriptor().getDisplayName()).toList();
  }

  private static String firstFailureMessage(Events tests) {
    Event failed = tests.failed().list().get(0);
    return failed
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  private static ContractSubject subject(Function<JemeniGateway, JemeniGateway> adapter) {
    FakeJemeniGateway fake =
        FakeJemeniGateway.builder().clock(MutableClock.startingAt(JemeniDefaults.NOW)).build();
    return ContractSubject.of(adapter.apply(fake), fake, () -> {});
  }

  @EngineFixture
  static class HonestPaymentContract extends PaymentGatewayContract {
    @Override
    protected ContractSubject createSubject() {
      return subject(fake -> fake);
    }
  }

  @EngineFixture
  static class DeclineReportedAsPaidContract extends PaymentGatewayContract {
    @Override
    protected ContractSubject createSubject() {
      return subject(DeclineReportedAsPaidGateway::new);
    }
  }

  @EngineFixture
  static class HonestPlanContract extends PlanCatalogueContract {
    @Override
    protected ContractSubject createSubject() {
      return subject(fake -> fake);
    }
  }

  @EngineFixture
  static class ArchivedFlagDroppedContract extends PlanCatalogueContract {
    @Override
    protected ContractSubject createSubject() {
      return subject(ArchivedFlagDroppedGateway::new);
    }
  }

  @EngineFixture
  static class HonestSubscriptionContract extends SubscriptionGatewayContract {
    @Override
    protected ContractSubject createSubject() {
      return subject(fake -> fake);
    }
  }

  @EngineFixture
  static class MonthlyExpiryContract extends SubscriptionGatewayContract {
    @Override
    protected ContractSubject createSubject() {
      return subject(MonthlyExpiryGateway::new);
    }
  }
}
