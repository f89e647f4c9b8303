package dev.jemeni.adapter.out.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.model.Frequency;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PlanId;
import io.vavr.control.Option;
import java.time.Period;
import org.junit.jupiter.api.Test;

class FakeCatalogueTest {

  @Test
  void seededCatalogueHasFourFrequencies() {
    FakeCatalogue seeded = FakeCatalogue.seeded();

    assertThat(seeded.frequencies().map(Frequency::period))
        .containsExactly(
            Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofYears(1));
    assertThat(seeded.frequency(new FrequencyId(3)).map(Frequency::name)).contains("half-yearly");
  }

  @Test
  void withPlanReplacesSameIdInPlace() {
    Plan cheaper = plan(1, 2000);

    FakeCatalogue updated = FakeCatalogue.seeded().withPlan(cheaper);

    assertThat(updated.plans().map(p -> p.id().value())).containsExactly(1L, 2L, 3L);
    assertThat(updated.plan(new PlanId(1))).contains(cheaper);
    assertThat(FakeCatalogue.seeded().plan(new PlanId(1)).get().price()).contains(Money.xof(2500));
  }

  @Test
  void withPlanAppendsNewId() {
    FakeCatalogue updated = FakeCatalogue.seeded().withPlan(plan(9, 100));

    assertThat(updated.plans().map(p -> p.id().value())).containsExactly(1L, 2L, 3L, 9L);
  }

  @Test
  void withoutPlanRemovesIt() {
    FakeCatalogue updated = FakeCatalogue.seeded().withoutPlan(new PlanId(2));

    assertThat(updated.plans().map(p -> p.id().value())).containsExactly(1L, 3L);
    assertThat(updated.plan(new PlanId(2))).isEmpty();
  }

  private static Plan plan(long id, long price) {
    return new Plan(
        new PlanId(id),
        Option.some(FakeSeed.CLIENT_ID),
        Option.some("Plan " + id),
        Option.some(Money.xof(price)),
        Option.some(new FrequencyId(1)),
        false,
        Timestamps.NONE);
  }
}
