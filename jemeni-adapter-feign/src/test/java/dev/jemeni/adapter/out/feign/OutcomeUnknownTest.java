package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.ConnectionFailed;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.TransportFailed;
import dev.jemeni.port.out.JemeniGateway;
import feign.Logger;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * A request that may have reached the service is never sent again. Sending a payment or creating a
 * subscription then returns the unknown outcome with the command. Only a connection that was never
 * established is retried.
 */
class OutcomeUnknownTest {

  private static final Duration SHORT_READ = Duration.ofMillis(400);

  @Test
  void paymentReadTimeoutIsSentOnce() {
    try (StubServer server = new StubServer()) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
      server.reply(200, Fixtures.example("realistic", "send-payment"));
      JemeniGateway client = server.client().readTimeout(SHORT_READ).build();

      JemeniError error = client.sendPayment(Fixtures.payment()).getLeft();

      OutcomeUnknown unknown = (OutcomeUnknown) error;
      assertThat(unknown.command()).isEqualTo(Fixtures.payment());
      assertThat(unknown.cause()).contains("HttpTimeoutException");
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void paymentStalledResponseBodyIsSentOnce() {
    try (StubServer server = new StubServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .body(Fixtures.example("realistic", "send-payment"))
              .bodyDelay(3, TimeUnit.SECONDS)
              .build());
      JemeniGateway client = server.client().readTimeout(SHORT_READ).build();

      JemeniError error = client.sendPayment(Fixtures.payment()).getLeft();

      OutcomeUnknown unknown = (OutcomeUnknown) error;
      assertThat(unknown.cause()).contains("response body not complete 400 ms after the headers");
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void readStalledResponseBodyIsRetried() {
    try (StubServer server = new StubServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .body(Fixtures.example("realistic", "transaction-state"))
              .bodyDelay(3, TimeUnit.SECONDS)
              .build());
      server.reply(200, Fixtures.example("realistic", "transaction-state"));
      JemeniGateway client = server.client().readTimeout(SHORT_READ).build();

      var result = client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

      assertThat(result.isRight()).isTrue();
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void paymentResetAfterBodyIsSentOnce() {
    try (RawServer server = new RawServer(RawServer.Ending.RESET)) {
      JemeniGateway client = builder(server.baseUrl()).build();

      JemeniError error = client.sendPayment(Fixtures.payment()).getLeft();

      assertThat(error).isInstanceOf(OutcomeUnknown.class);
      assertThat(((OutcomeUnknown) error).command()).isEqualTo(Fixtures.payment());
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void subscriptionClosedWithoutAnswerIsSentOnce() {
    try (RawServer server = new RawServer(RawServer.Ending.CLOSE)) {
      JemeniGateway client = builder(server.baseUrl()).build();

      JemeniError error = client.createSubscription(Fixtures.subscription()).getLeft();

      assertThat(((OutcomeUnknown) error).command()).isEqualTo(Fixtures.subscription());
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void paymentBadGatewayIsSentOnce() {
    try (StubServer server = new StubServer()) {
      server.reply(502, "<html>502 Bad Gateway</html>");
      server.reply(504, "<html>504 Gateway Time-out</html>");
      server.reply(200, Fixtures.example("realistic", "send-payment"));
      JemeniGateway client = server.client().build();

      JemeniError badGateway = client.sendPayment(Fixtures.payment()).getLeft();
      JemeniError gatewayTimeout = client.createSubscription(Fixtures.subscription()).getLeft();

      assertThat(((OutcomeUnknown) badGateway).cause()).isEqualTo("HTTP 502 from a proxy");
      assertThat(((OutcomeUnknown) gatewayTimeout).cause()).isEqualTo("HTTP 504 from a proxy");
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void readResetIsRetried() {
    try (RawServer server = new RawServer(RawServer.Ending.RESET)) {
      JemeniGateway client = builder(server.baseUrl()).build();

      JemeniError error = client.transactionState(Fixtures.stateQuery("T1")).getLeft();

      assertThat(error).isInstanceOf(TransportFailed.class);
      // Three attempts, each sent twice: the JDK client repeats a GET once by itself when the
      // connection drops before the first response byte. It never does so for a POST.
      assertThat(server.requestCount()).isEqualTo(6);
    }
  }

  @Test
  void readTimeoutIsRetriedThenSucceeds() {
    try (StubServer server = new StubServer()) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
      server.reply(200, Fixtures.example("realistic", "transaction-state"));
      JemeniGateway client = server.client().readTimeout(SHORT_READ).build();

      var result = client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

      assertThat(result.isRight()).isTrue();
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void refusedPaymentIsRetriedUntilServerComesUp() throws Exception {
    int port = freePort();
    SteppingClock clock = new SteppingClock(Fixtures.NOW);
    JemeniGateway client =
        builder("http://127.0.0.1:" + port + "/api")
            .clock(clock)
            .retry(
                RetrySettings.defaults()
                    .withMaxAttempts(12)
                    .withBackoff(Duration.ofMillis(50), 1.5, Duration.ofMillis(400)))
            .build();
    ServerStarter starter = new ServerStarter(port, clock);
    starter.start();

    var result = client.sendPayment(Fixtures.payment());

    starter.join(5000);
    try (StubServer server = starter.server()) {
      assertThat(result.isRight()).as("result %s", result).isTrue();
      assertThat(server.requestCount()).isEqualTo(1);
      SignedRequests.assertSigned(server.next());
    }
  }

  @Test
  void refusedConnectionNamesTarget() throws Exception {
    int port = freePort();

    JemeniError error =
        builder("http://127.0.0.1:" + port + "/api")
            .build()
            .sendPayment(Fixtures.payment())
            .getLeft();

    assertThat(error).isInstanceOf(ConnectionFailed.class);
    assertThat(((ConnectionFailed) error).target()).isEqualTo("127.0.0.1:" + port);
    assertThat(error.message()).contains("No request was sent");
  }

  private static JemeniFeignClientBuilder builder(String baseUrl) {
    return JemeniFeignClient.builder()
        .baseUrl(baseUrl)
        .credentials(Fixtures.SANDBOX)
        .clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .retry(Fixtures.FAST_RETRY)
        .rateLimit(RateLimitSettings.unlimited())
        .httpLogLevel(Logger.Level.FULL);
  }

  private static int freePort() throws Exception {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }

  /**
   * Starts the server once the client has read its clock twice: the first attempt, which read it
   * once, certainly found the port closed.
   */
  private static final class ServerStarter extends Thread {
    private final int port;
    private final SteppingClock clock;
    private volatile StubServer server;

    ServerStarter(int port, SteppingClock clock) {
      this.port = port;
      this.clock = clock;
      setDaemon(true);
    }

    @Override
    public void run() {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (clock.readings() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      server = new StubServer(port, Fixtures.example("realistic", "send-payment"));
    }

    StubServer server() {
      return server;
    }
  }
}
