package dev.jemeni.testkit.contract;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.port.out.JemeniGateway;
import java.util.Objects;

/**
 * The subject of one contract test: the gateway under test, a control handle on the service behind
 * it, and the resources to release after the test.
 *
 * <p>The service must start from the fake adapter's seed data ({@code FakeSeed}): customers
 * 98745632 and 0122030465 in country 1, plans 1 to 3 and frequencies 1 to 4. It must reject
 * payments to unknown phone numbers, which is the fake's default.
 *
 * @param gateway the adapter under test
 * @param control acts as the customer and reads the service's state
 * @param resources closed after the test, such as an HTTP emulator, or a no-op
 */
public record ContractSubject(
    JemeniGateway gateway, ServiceControl control, AutoCloseable resources) {

  /** Rejects null components. */
  public ContractSubject {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(resources, "resources");
  }

  /** Returns a subject that tests {@code fake} itself, with nothing to release. */
  public static ContractSubject of(FakeJemeniGateway fake) {
    return new ContractSubject(fake, ServiceControl.of(fake), () -> {});
  }

  /**
   * Returns a subject that tests {@code gateway}, an adapter that reaches {@code service}, such as
   * the Feign adapter pointed at an emulator. The subject closes {@code resources} after the test.
   */
  public static ContractSubject of(
      JemeniGateway gateway, FakeJemeniGateway service, AutoCloseable resources) {
    return new ContractSubject(gateway, ServiceControl.of(service), resources);
  }

  /**
   * Closes {@link #resources()}. The contract base calls it after each test.
   *
   * @throws Exception when closing the resources fails
   */
  public void release() throws Exception {
    resources.close();
  }
}
