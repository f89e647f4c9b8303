package dev.jemeni.port.out;

import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Plan;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists the merchant's subscription plans. Implementations are thread-safe. */
public interface PlanCatalogue {

  /**
   * Lists every plan, archived ones included. Changes nothing and may be retried.
   *
   * @return the plans in the order the service sent them, or the error
   */
  Either<JemeniError, List<Plan>> listPlans();
}
