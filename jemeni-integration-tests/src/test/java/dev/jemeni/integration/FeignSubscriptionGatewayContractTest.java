package dev.jemeni.integration;

import dev.jemeni.testkit.contract.ContractSubject;
import dev.jemeni.testkit.contract.SubscriptionGatewayContract;

/** Runs the SubscriptionGateway contract against the Feign adapter and the HTTP emulator. */
class FeignSubscriptionGatewayContractTest extends SubscriptionGatewayContract {

  @Override
  protected ContractSubject createSubject() {
    return FeignOverEmulator.subject();
  }
}
