package dev.jemeni.testkit.contract.broken;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.control.Either;
import java.time.ZoneOffset;

/**
 * A broken adapter that reports every subscription as expiring one month after its start, whatever
 * its frequency.
 */
final class MonthlyExpiryGateway extends ForwardingGateway {

  MonthlyExpiryGateway(JemeniGateway delegate) {
    super(delegate);
  }

  @Override
  public Either<JemeniError, Subscription> createSubscription(CreateSubscription command) {
    return super.createSubscription(command).map(MonthlyExpiryGateway::oneMonth);
  }

  private static Subscription oneMonth(Subscription subscription) {
    return new Subscription(
        subscription.id(),
        subscription.clientId(),
        subscription.planId(),
        subscription.customerId(),
        subscription.status(),
        subscription.startAt(),
        subscription
            .startAt()
            .map(start -> start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant()),
        subscription.archived(),
        subscription.timestamps(),
        subscription.renewalDate(),
        subscription.renewed());
  }
}
