package dev.jemeni.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.adapter.out.feign.JemeniFeignClient;
import dev.jemeni.adapter.out.feign.RateLimitSettings;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import dev.jemeni.port.out.JemeniGateway;
import io.vavr.control.Either;
import java.io.IOException;
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
 * A transaction-state call through the whole library beside a raw JDK HTTP client GET, both against
 * the same loopback server returning the realistic body.
 *
 * <p>The library path signs, goes through Feign, the JDK client, the response classifier, Jackson,
 * MapStruct, the Resilience4j retry and circuit breaker, with rate limiting off. The raw path sends
 * a request signed once at setup, reads the whole body into a byte array and checks the status.
 * Both share one client between all callers and use HTTP/1.1 keep-alive. Latency methods run in
 * {@link Mode#SampleTime}, which reports the median; throughput methods count calls per second.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EndToEndBenchmark {

  private FixtureServer server;
  private JemeniGateway library;
  private TransactionStateQuery query;
  private HttpClient raw;
  private HttpRequest rawRequest;
  private ObjectMapper plain;

  @Setup(Level.Trial)
  public void start() {
    server = FixtureServer.start(Fixtures.transactionStateBody());
    library =
        JemeniFeignClient.builder()
            .baseUrl(server.baseUrl())
            .credentials(Fixtures.CREDENTIALS)
            .rateLimit(RateLimitSettings.unlimited())
            .build();
    query = new TransactionStateQuery(new TransactionId(Fixtures.TRANSACTION_ID));
    raw = RawCalls.newClient();
    String url = server.baseUrl() + "/sandbox" + Fixtures.STATE_PATH;
    rawRequest = RawCalls.signedGet(url, Fixtures.CREDENTIALS);
    plain = new ObjectMapper();
    callLibrary();
    RawCalls.send(raw, rawRequest);
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  /** Median latency of one library call with a single caller. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Threads(1)
  public Transaction libraryLatency1() {
    return callLibrary();
  }

  /** Median latency of one raw call with a single caller. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Threads(1)
  public byte[] rawLatency1() {
    return RawCalls.send(raw, rawRequest);
  }

  /**
   * Median latency of one raw call followed by a bare Jackson tree parse of the body, the least
   * that any client reading the reply with Jackson does, with a single caller.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Threads(1)
  public JsonNode rawWithTreeLatency1() throws IOException {
    return plain.readTree(RawCalls.send(raw, rawRequest));
  }

  /** Median latency of one library call with 16 concurrent callers. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Threads(16)
  public Transaction libraryLatency16() {
    return callLibrary();
  }

  /** Median latency of one raw call with 16 concurrent callers. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Threads(16)
  public byte[] rawLatency16() {
    return RawCalls.send(raw, rawRequest);
  }

  /** Library calls per second with 16 concurrent callers. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  public Transaction libraryThroughput16() {
    return callLibrary();
  }

  /** Raw calls per second with 16 concurrent callers. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  public byte[] rawThroughput16() {
    return RawCalls.send(raw, rawRequest);
  }

  /** Raw calls, each followed by a bare Jackson tree parse, per second with 16 callers. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  public JsonNode rawWithTreeThroughput16() throws IOException {
    return plain.readTree(RawCalls.send(raw, rawRequest));
  }

  private Transaction callLibrary() {
    Either<JemeniError, Transaction> result = library.transactionState(query);
    if (result.isLeft()) {
      throw new IllegalStateException("the library call failed: " + result.getLeft().message());
    }
    return result.get();
  }
}
