package dev.jemeni.integration;

import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.feign.JemeniFeignClient;
import dev.jemeni.emulator.JemeniEmulator;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.testkit.contract.ContractSubject;
import java.time.ZoneOffset;

/** The Feign adapter talking over real HTTP to an emulator whose state is a fresh fake. */
final class FeignOverEmulator {

  private FeignOverEmulator() {}

  static ContractSubject subject() {
    FakeJemeniGateway service = FakeJemeniGateway.seeded();
    JemeniEmulator emulator = JemeniEmulator.builder().gateway(service).start();
    JemeniGateway feign =
        JemeniFeignClient.builder()
            .baseUrl(emulator.baseUrl())
            .credentials(emulator.account())
            .apiTimeZone(ZoneOffset.UTC)
            .build();
    return ContractSubject.of(feign, service, emulator);
  }
}
