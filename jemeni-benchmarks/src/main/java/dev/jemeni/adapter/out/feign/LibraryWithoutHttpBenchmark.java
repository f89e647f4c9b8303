package dev.jemeni.adapter.out.feign;

import dev.jemeni.benchmarks.Fixtures;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import feign.Client;
import feign.Request;
import feign.Response;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The library's own work for one transaction-state call, with HTTP left out.
 *
 * <p>The adapter is built as {@link JemeniFeignClient#builder()} builds it, Resilience4j, Feign,
 * signing, classifier, Jackson and MapStruct included, but its transport returns the realistic body
 * from memory instead of sending the request. The time per call is what the library adds to an HTTP
 * exchange on the caller's thread at best: with the caches warm and no thread hand-off. It sits in
 * the adapter's package because that constructor is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LibraryWithoutHttpBenchmark {

  private JemeniFeignClient library;
  private TransactionStateQuery query;

  @Setup
  public void prepare() {
    ClientConfig config =
        JemeniFeignClient.builder()
            .baseUrl("http://127.0.0.1:9")
            .credentials(Fixtures.CREDENTIALS)
            .rateLimit(RateLimitSettings.unlimited())
            .config();
    library = new JemeniFeignClient(config, new InMemoryTransport(Fixtures.transactionStateBody()));
    query = new TransactionStateQuery(new TransactionId(Fixtures.TRANSACTION_ID));
    Either<JemeniError, Transaction> first = library.transactionState(query);
    if (first.isLeft()) {
      throw new IllegalStateException("the in-memory call failed: " + first.getLeft().message());
    }
  }

  /** Runs one transaction-state call through the whole library, its reply read from memory. */
  @Benchmark
  public Either<JemeniError, Transaction> library() {
    return library.transactionState(query);
  }

  /** Returns status 200 and the same JSON body for every request, sending nothing. */
  private static final class InMemoryTransport implements Client {

    private static final Map<String, Collection<String>> HEADERS =
        Map.of("content-type", List.of("application/json"));

    private final byte[] body;

    InMemoryTransport(byte[] body) {
      this.body = body;
    }

    @Override
    public Response execute(Request request, Request.Options options) {
      return Response.builder().request(request).status(200).headers(HEADERS).body(body).build();
    }
  }
}
