package dev.jemeni.testkit.contract.broken;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** A broken adapter that lists every plan as on sale, as a mapper that drops a field would. */
final class ArchivedFlagDroppedGateway extends ForwardingGateway {

  ArchivedFlagDroppedGateway(JemeniGateway delegate) {
    super(delegate);
  }

  @Override
  public Either<JemeniError, List<Plan>> listPlans() {
    return super.listPlans().map(plans -> plans.map(ArchivedFlagDroppedGateway::onSale));
  }

  private static Plan onSale(Plan plan) {
    return new Plan(
        plan.id(),
        plan.clientId(),
        plan.name(),
        plan.price(),
        plan.frequencyId(),
        false,
        plan.timestamps());
  }
}
