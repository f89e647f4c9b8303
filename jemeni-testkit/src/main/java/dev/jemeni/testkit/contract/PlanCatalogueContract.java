package dev.jemeni.testkit.contract;

import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Plan;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.jemeni.port.out.PlanCatalogue}: the seeded catalogue comes back
 * complete, in order, with prices, frequencies and the archived flag.
 *
 * <p>Extend it in the adapter's tests and implement {@link #createSubject()}.
 */
public abstract class PlanCatalogueContract extends JemeniContract {

  /** Creates the contract. Subclasses supply the subject. */
  protected PlanCatalogueContract() {}

  @Test
  void listPlansReturnsSeededPlansInOrder() {
    List<Plan> plans = listPlans();

    assertThat(plans).extracting(plan -> plan.id().value()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void monthlyPlanHasPriceAndFrequency() {
    Plan plan = listPlans().get(0);

    assertThat(plan)
        .hasId(1)
        .hasName("Essentiel mensuel")
        .hasPrice(2500)
        .hasFrequencyId(1)
        .isNotArchived();
  }

  @Test
  void yearlyPlanHasPriceAndFrequency() {
    Plan plan = listPlans().get(1);

    assertThat(plan)
        .hasId(2)
        .hasName("Premium annuel")
        .hasPrice(25000)
        .hasFrequencyId(4)
        .isNotArchived();
  }

  @Test
  void withdrawnPlanIsListedAsArchived() {
    Plan plan = listPlans().get(2);

    assertThat(plan).hasId(3).hasName("Ancienne offre").hasPrice(1500).isArchived();
  }

  @Test
  void listPlansTwiceReturnsSamePlans() {
    List<Plan> first = listPlans();

    List<Plan> second = listPlans();

    assertThat(second).isEqualTo(first);
  }

  private List<Plan> listPlans() {
    Either<JemeniError, List<Plan>> result = gateway().listPlans();
    assertThat(result).as("list plans").isSuccess();
    return result.get();
  }
}
