package dev.jemeni.testkit.contract;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A {@link ServiceControl} that acts on a {@link FakeJemeniGateway} directly, bypassing its fault
 * scenario and call log.
 */
final class FakeServiceControl implements ServiceControl {

  private final FakeJemeniGateway service;

  FakeServiceControl(FakeJemeniGateway service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  @Override
  public void approve(TransactionId id) {
    service.customers().approve(id);
  }

  @Override
  public void decline(TransactionId id) {
    service.customers().decline(id);
  }

  @Override
  public void expire(TransactionId id) {
    service.customers().expire(id);
  }

  @Override
  public Option<Transaction> transaction(TransactionId id) {
    return service.transaction(id);
  }

  @Override
  public List<Transaction> transactions() {
    return service.transactions();
  }

  @Override
  public List<Subscription> subscriptions(PhoneNumber phone) {
    return service.subscriptions(phone);
  }
}
