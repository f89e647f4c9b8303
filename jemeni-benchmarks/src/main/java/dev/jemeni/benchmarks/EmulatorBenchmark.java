package dev.jemeni.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.jemeni.adapter.out.fake.FakeSeed;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.emulator.JemeniEmulator;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Signed transaction-state requests per second served by the emulator, which checks every
 * signature, beside WireMock serving the same body.
 *
 * <p>Both servers run in the benchmark JVM on 127.0.0.1 with their default worker pools (16 threads
 * for the emulator, 25 for WireMock's Jetty). Sixteen callers share one JDK HTTP client with
 * HTTP/1.1 keep-alive and send the same signed request, equal for both servers but for the port. It
 * is signed again before every iteration because the emulator rejects timestamps more than 5
 * minutes old. WireMock's request journal is off and the emulator's call log is cleared after every
 * iteration, so neither server's heap grows with every request of the run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmulatorBenchmark {

  /** Signed transaction-state requests against the emulator. */
  @Benchmark
  @Threads(16)
  public byte[] emulator(EmulatorTarget target) {
    return RawCalls.send(target.client, target.request);
  }

  /** The same requests against WireMock. */
  @Benchmark
  @Threads(16)
  public byte[] wiremock(WireMockTarget target) {
    return RawCalls.send(target.client, target.request);
  }

  /** An emulator holding one payment, and a signed request for its state. */
  @State(Scope.Benchmark)
  public static class EmulatorTarget {

    private JemeniEmulator emulator;
    private String url;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void start() {
      emulator = JemeniEmulator.builder().account(Fixtures.CREDENTIALS).start();
      url = stateUrl(emulator.baseUrl(), createPayment(emulator));
      client = RawCalls.newClient();
    }

    @Setup(Level.Iteration)
    public void sign() {
      request = RawCalls.signedGet(url, Fixtures.CREDENTIALS);
      RawCalls.send(client, request);
    }

    @TearDown(Level.Iteration)
    public void forgetCalls() {
      emulator.gateway().calls().clear();
    }

    @TearDown(Level.Trial)
    public void stop() {
      emulator.close();
    }
  }

  /** WireMock stubbed with the body the emulator returns for the same request. */
  @State(Scope.Benchmark)
  public static class WireMockTarget {

    private WireMockServer server;
    private String transactionId;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void start() {
      byte[] body = emulatorAnswer();
      server =
          new WireMockServer(
              options().bindAddress("127.0.0.1").dynamicPort().disableRequestJournal());
      server.start();
      server.stubFor(
          get(urlPathEqualTo("/api/sandbox/payment/verify/state"))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(body)));
      client = RawCalls.newClient();
    }

    @Setup(Level.Iteration)
    public void sign() {
      String url = stateUrl("http://127.0.0.1:" + server.port() + "/api", transactionId);
      request = RawCalls.signedGet(url, Fixtures.CREDENTIALS);
      RawCalls.send(client, request);
    }

    @TearDown(Level.Trial)
    public void stop() {
      server.stop();
    }

    /**
     * Returns what an emulator answers for a fresh payment and keeps its transaction id, so both
     * servers receive equal requests and send equal bodies.
     */
    private byte[] emulatorAnswer() {
      try (JemeniEmulator emulator =
          JemeniEmulator.builder().account(Fixtures.CREDENTIALS).start()) {
        transactionId = createPayment(emulator);
        String url = stateUrl(emulator.baseUrl(), transactionId);
        return RawCalls.send(RawCalls.newClient(), RawCalls.signedGet(url, Fixtures.CREDENTIALS));
      }
    }
  }

  private static String createPayment(JemeniEmulator emulator) {
    SendPayment payment =
        SendPayment.builder()
            .customerPhone(FakeSeed.AWA_PHONE)
            .amount("5000")
            .countryId(1)
            .validate()
            .toEither()
            .getOrElseThrow(violations -> new IllegalStateException(violations.toString()));
    Transaction sent =
        emulator
            .gateway()
            .sendPayment(payment)
            .getOrElseThrow(error -> new IllegalStateException(error.message()));
    return sent.transactionId().value();
  }

  private static String stateUrl(String baseUrl, String transactionId) {
    return baseUrl + "/sandbox/payment/verify/state?transaction_id=" + transactionId;
  }
}
