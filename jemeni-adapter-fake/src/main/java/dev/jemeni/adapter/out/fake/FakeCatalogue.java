package dev.jemeni.adapter.out.fake;

import dev.jemeni.domain.model.Frequency;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.PlanId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The plans a fake merchant offers and the frequencies they can renew at.
 *
 * <p>Immutable: each {@code with…} method returns a new catalogue. Plans keep the order they were
 * added in, which is the order {@link FakeJemeniGateway#listPlans()} returns them.
 */
public final class FakeCatalogue {

  private final List<Plan> plans;
  private final List<Frequency> frequencies;

  private FakeCatalogue(List<Plan> plans, List<Frequency> frequencies) {
    this.plans = plans;
    this.frequencies = frequencies;
  }

  /** Returns the catalogue of {@link FakeSeed#plans()} and {@link FakeSeed#frequencies()}. */
  public static FakeCatalogue seeded() {
    return new FakeCatalogue(FakeSeed.plans(), FakeSeed.frequencies());
  }

  /** Returns a catalogue with no plan and no frequency. */
  public static FakeCatalogue empty() {
    return new FakeCatalogue(List.empty(), List.empty());
  }

  /** Returns a catalogue with {@code plan} added, replacing a plan with the same identifier. */
  public FakeCatalogue withPlan(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Plan> updated =
        plan(plan.id()).isDefined()
            ? plans.map(existing -> existing.id().equals(plan.id()) ? plan : existing)
            : plans.append(plan);
    return new FakeCatalogue(updated, frequencies);
  }

  /** Returns a catalogue without the plan {@code id}; unchanged when there is no such plan. */
  public FakeCatalogue withoutPlan(PlanId id) {
    Objects.requireNonNull(id, "id");
    return new FakeCatalogue(plans.reject(plan -> plan.id().equals(id)), frequencies);
  }

  /** Returns a catalogue with {@code frequency} added, replacing one with the same identifier. */
  public FakeCatalogue withFrequency(Frequency frequency) {
    Objects.requireNonNull(frequency, "frequency");
    List<Frequency> others = frequencies.reject(known -> known.id().equals(frequency.id()));
    return new FakeCatalogue(plans, others.append(frequency));
  }

  /** Returns every plan, archived ones included. */
  public List<Plan> plans() {
    return plans;
  }

  /** Returns every frequency. */
  public List<Frequency> frequencies() {
    return frequencies;
  }

  /** Returns the plan {@code id}, or none. */
  public Option<Plan> plan(PlanId id) {
    return plans.find(plan -> plan.id().equals(id));
  }

  /** Returns the frequency {@code id}, or none. */
  public Option<Frequency> frequency(FrequencyId id) {
    return frequencies.find(frequency -> frequency.id().equals(id));
  }

  @Override
  public String toString() {
    return "FakeCatalogue[" + plans.size() + " plans, " + frequencies.size() + " frequencies]";
  }
}
