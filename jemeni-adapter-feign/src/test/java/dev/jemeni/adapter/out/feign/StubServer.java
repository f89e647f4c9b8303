package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Logger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/** A MockWebServer on 127.0.0.1 and a client builder pointed at it with test settings. */
final class StubServer implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();

  /** Starts on a free port. */
  StubServer() {
    this(0, null);
  }

  /**
   * Starts on {@code port}, with a first 200 reply queued before the port opens when {@code
   * firstReply} is not null. An empty queue returns 404 at once instead of blocking.
   */
  StubServer(int port, String firstReply) {
    RecordingDispatcher dispatcher = new RecordingDispatcher();
    dispatcher.setFailFast(true);
    server.setDispatcher(dispatcher);
    if (firstReply != null) {
      reply(200, firstReply);
    }
    try {
      server.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api";
  }

  int port() {
    return server.getPort();
  }

  /** Queues a JSON response. */
  void reply(int status, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  /** Returns the next request the server received, failing after 5 s. */
  RecordedRequest next() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  /** Returns the requests received and not yet taken, in order. */
  java.util.List<RecordedRequest> remaining() {
    java.util.List<RecordedRequest> requests = new java.util.ArrayList<>();
    try {
      for (RecordedRequest r = server.takeRequest(0, TimeUnit.MILLISECONDS);
          r != null;
          r = server.takeRequest(0, TimeUnit.MILLISECONDS)) {
        requests.add(r);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return requests;
  }

  int requestCount() {
    return server.getRequestCount();
  }

  /** Returns a builder for this server: sandbox, fixed clock, short timeouts, fast retries. */
  JemeniFeignClientBuilder client() {
    return JemeniFeignClient.builder()
        .baseUrl(baseUrl())
        .environment(Environment.SANDBOX)
        .credentials(Fixtures.SANDBOX)
        .clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .retry(Fixtures.FAST_RETRY)
        .rateLimit(RateLimitSettings.unlimited())
        .httpLogLevel(Logger.Level.FULL);
  }

  @Override
  public void close() {
    server.close();
  }

  /** Records the signature of every request received, then returns the next queued response. */
  private static final class RecordingDispatcher extends QueueDispatcher {

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String signature = request.getHeaders().get("auth-signature");
      if (signature != null) {
        SignatureLedger.record(signature);
      }
      return super.dispatch(request);
    }
  }
}
