package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.adapter.out.fake.FakeJemeniGateway;
import dev.jemeni.adapter.out.fake.MutableClock;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;

/** Sends correctly signed sandbox requests to a running emulator and parses the responses. */
final class SignedCalls {

  static final ObjectMapper JSON = new ObjectMapper();

  private final JemeniEmulator emulator;
  private final long timestamp;

  SignedCalls(JemeniEmulator emulator, long timestamp) {
    this.emulator = emulator;
    this.timestamp = timestamp;
  }

  /** Starts an emulator whose clock, and its fake's clock, stand still at {@code now}. */
  static JemeniEmulator emulatorAt(Instant now) {
    MutableClock clock = MutableClock.startingAt(now);
    return JemeniEmulator.builder()
        .clock(clock)
        .gateway(FakeJemeniGateway.builder().clock(clock).build())
        .start();
  }

  HttpResponse<String> send(String method, String sandboxPathAndQuery, String body)
      throws IOException, InterruptedException {
    String url = emulator.baseUrl() + "/sandbox" + sandboxPathAndQuery;
    return new RawClient(emulator.port())
        .request(method, "/api/sandbox" + sandboxPathAndQuery, body)
        .signed(
            emulator.account().apiKey(),
            emulator.account().token(),
            emulator.account().secretKey(),
            url,
            timestamp)
        .send();
  }

  JsonNode json(String method, String sandboxPathAndQuery, String body)
      throws IOException, InterruptedException {
    return JSON.readTree(send(method, sandboxPathAndQuery, body).body());
  }
}
