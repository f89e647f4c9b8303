package dev.jemeni.cli;

import dev.jemeni.adapter.out.feign.Environment;
import dev.jemeni.adapter.out.feign.JemeniFeignClient;
import dev.jemeni.adapter.out.feign.RetrySettings;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import java.time.Duration;

/** Builds the HTTP client the commands use. */
final class Clients {

  private Clients() {}

  static JemeniGateway feign(
      String baseUrl, boolean sandbox, ApiCredentials credentials, SignatureScheme scheme) {
    return JemeniFeignClient.builder()
        .baseUrl(baseUrl)
        .environment(sandbox ? Environment.SANDBOX : Environment.LIVE)
        .credentials(credentials)
        .signatureScheme(scheme)
        .build();
  }

  /** Returns a client for a local emulator, with short backoffs so a demo retry is quick. */
  static JemeniGateway forEmulator(String baseUrl, ApiCredentials credentials) {
    RetrySettings quick =
        RetrySettings.defaults().withBackoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1));
    return JemeniFeignClient.builder()
        .baseUrl(baseUrl)
        .environment(Environment.SANDBOX)
        .credentials(credentials)
        .readTimeout(Duration.ofSeconds(5))
        .retry(quick)
        .build();
  }
}
