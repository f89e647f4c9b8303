package dev.jemeni.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorFaultTest {

  private static final Instant NOW = Instant.parse("2024-12-04T12:00:00Z");
  private static final String PAYMENT =
      "{\"customer_phone\":\"98745632\",\"amount\":5000,\"country_id\":1}";

  private JemeniEmulator emulator;
  private SignedCalls calls;

  @BeforeEach
  void start() {
    emulator = SignedCalls.emulatorAt(NOW);
    calls = new SignedCalls(emulator, NOW.getEpochSecond());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void serviceUnavailableForTheNextTwoRequests() throws Exception {
    emulator.faults().next(2, new Fault.Status(503));

    assertThat(plansStatus()).isEqualTo(503);
    assertThat(plansStatus()).isEqualTo(503);
    assertThat(plansStatus()).isEqualTo(200);
    assertThat(emulator.faults().remaining()).isZero();
  }

  @Test
  void faultForOnePathLeavesOtherPathsAlone() throws Exception {
    emulator.faults().plan("503@/send/payment");

    assertThat(plansStatus()).isEqualTo(200);
    assertThat(calls.send("POST", "/send/payment", PAYMENT).statusCode()).isEqualTo(503);
    assertThat(emulator.gateway().transactions()).isEmpty();
  }

  @Test
  void rateLimitCarriesRetryAfter() throws Exception {
    emulator.faults().plan("429:7");

    HttpResponse<String> response = calls.send("GET", "/subscriptions/plans", "");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).contains("7");
  }

  @Test
  void apiCodesTravelInTheBody() throws Exception {
    emulator.faults().plan("5001");
    emulator.faults().plan("5002");

    HttpResponse<String> database = calls.send("GET", "/subscriptions/plans", "");
    HttpResponse<String> dependency = calls.send("GET", "/subscriptions/plans", "");

    assertThat(database.statusCode()).isEqualTo(500);
    assertThat(SignedCalls.JSON.readTree(database.body()).get("code").asInt()).isEqualTo(5001);
    assertThat(dependency.statusCode()).isEqualTo(504);
    assertThat(SignedCalls.JSON.readTree(dependency.body()).get("code").asInt()).isEqualTo(5002);
  }

  @Test
  void delayStillProcessesTheRequest() throws Exception {
    emulator.faults().next(1, new Fault.Delay(Duration.ofMillis(200)));
    long started = System.nanoTime();

    int status = calls.send("POST", "/send/payment", PAYMENT).statusCode();

    assertThat(status).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void dropProcessesThenClosesWithoutAnswer() {
    emulator.faults().plan("drop@/send/payment");

    assertThatThrownBy(() -> calls.send("POST", "/send/payment", PAYMENT))
        .isInstanceOf(IOException.class);
    assertThat(emulator.gateway().transactions()).hasSize(1);
  }

  @Test
  void faultsApplyOnlyAfterAuthentication() throws Exception {
    emulator.faults().plan("503");
    RawClient.Request unsigned =
        new RawClient(emulator.port())
            .request("GET", "/api/sandbox/subscriptions/plans", "")
            .header("Accept", "application/json");

    assertThat(unsigned.send().statusCode()).isEqualTo(401);
    assertThat(emulator.faults().remaining()).isEqualTo(1);
  }

  @Test
  void planParsesCountPathAndKind() {
    emulator.faults().plan("delay:50x3@/subscriptions/plans");

    assertThat(emulator.faults().remaining()).isEqualTo(3);
    assertThatThrownBy(() -> emulator.faults().plan("teapot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'teapot'")
        .hasMessageContaining("503, 429:SECONDS");
    assertThatThrownBy(() -> emulator.faults().plan("503xmany"))
        .hasMessageContaining("invalid count 'many'");
  }

  @Test
  void requestCountIncludesFaultedAndRejectedRequests() throws Exception {
    emulator.faults().plan("503");

    plansStatus();
    plansStatus();

    assertThat(emulator.requestCount()).isEqualTo(2);
  }

  private int plansStatus() throws Exception {
    return calls.send("GET", "/subscriptions/plans", "").statusCode();
  }
}
