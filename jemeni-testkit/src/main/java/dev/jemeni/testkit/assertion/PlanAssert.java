package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.value.FrequencyId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.PlanId;
import io.vavr.control.Option;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a subscription {@link Plan}. */
public final class PlanAssert extends AbstractObjectAssert<PlanAssert, Plan> {

  /** Creates assertions on {@code actual}. Prefer {@link JemeniAssertions#assertThat}. */
  public PlanAssert(Plan actual) {
    super(actual, PlanAssert.class);
  }

  /** Verifies the plan's identifier. */
  public PlanAssert hasId(long expected) {
    isNotNull();
    if (!actual.id().equals(new PlanId(expected))) {
      failWithMessage("Expected plan id <%d> but found <%s>", expected, actual.id());
    }
    return this;
  }

  /** Verifies the plan's name. */
  public PlanAssert hasName(String expected) {
    isNotNull();
    if (!actual.name().contains(expected)) {
      failWithMessage(
          "Expected plan <%s> to have name <%s> but found <%s>",
          actual.id(), expected, shown(actual.name()));
    }
    return this;
  }

  /** Verifies the price of one period, in XOF. */
  public PlanAssert hasPrice(long xof) {
    isNotNull();
    Money expected = Money.xof(xof);
    if (!actual.price().contains(expected)) {
      failWithMessage(
          "Expected plan <%s> to have price <%s> but found <%s>",
          actual.id(), expected, shown(actual.price()));
    }
    return this;
  }

  /** Verifies the frequency identifier. */
  public PlanAssert hasFrequencyId(long expected) {
    isNotNull();
    if (!actual.frequencyId().contains(new FrequencyId(expected))) {
      failWithMessage(
          "Expected plan <%s> to have frequency <%d> but found <%s>",
          actual.id(), expected, shown(actual.frequencyId()));
    }
    return this;
  }

  /** Verifies that the plan is archived. */
  public PlanAssert isArchived() {
    return hasArchived(true);
  }

  /** Verifies that the plan is not archived. */
  public PlanAssert isNotArchived() {
    return hasArchived(false);
  }

  private PlanAssert hasArchived(boolean expected) {
    isNotNull();
    if (actual.archived() != expected) {
      failWithMessage(
          "Expected plan <%s> to be %s but it was %s",
          actual.id(), archived(expected), archived(actual.archived()));
    }
    return this;
  }

  private static String archived(boolean archived) {
    return archived ? "archived" : "not archived";
  }

  private static String shown(Option<?> value) {
    return value.map(Objects::toString).getOrElse("none");
  }
}
