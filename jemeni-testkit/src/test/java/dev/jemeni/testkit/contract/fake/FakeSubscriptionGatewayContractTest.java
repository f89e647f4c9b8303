package dev.jemeni.testkit.contract.fake;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.MutableClock;
import dev.jemeni.testkit.builder.JemeniDefaults;
import dev.jemeni.testkit.contract.ContractSubject;
import dev.jemeni.testkit.contract.SubscriptionGatewayContract;

/** Runs the {@link SubscriptionGatewayContract} against the fake adapter. */
class FakeSubscriptionGatewayContractTest extends SubscriptionGatewayContract {

  @Override
  protected ContractSubject createSubject() {
    MutableClock clock = MutableClock.startingAt(JemeniDefaults.NOW);
    return ContractSubject.of(FakeJemeniGateway.builder().clock(clock).build());
  }
}
