package dev.jemeni.integration;

import dev.jemeni.testkit.contract.ContractSubject;
import dev.jemeni.testkit.contract.PaymentGatewayContract;

/** Runs the PaymentGateway contract against the Feign adapter and the HTTP emulator. */
class FeignPaymentGatewayContractTest extends PaymentGatewayContract {

  @Override
  protected ContractSubject createSubject() {
    return FeignOverEmulator.subject();
  }
}
