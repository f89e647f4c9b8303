package dev.jemeni.integration;

import dev.jemeni.testkit.contract.ContractSubject;
import dev.jemeni.testkit.contract.PlanCatalogueContract;

/** Runs the PlanCatalogue contract against the Feign adapter and the HTTP emulator. */
class FeignPlanCatalogueContractTest extends PlanCatalogueContract {

  @Override
  protected ContractSubject createSubject() {
    return FeignOverEmulator.subject();
  }
}
