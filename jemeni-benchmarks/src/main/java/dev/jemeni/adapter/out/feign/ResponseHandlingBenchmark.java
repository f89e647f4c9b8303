package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.benchmarks.Fixtures;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
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
 * The adapter's handling of the realistic transaction-state response beside a bare Jackson tree
 * parse of the same bytes.
 *
 * <p>This class sits in the adapter's package because {@link ResponseClassifier} and {@link
 * ResponseReader} are package-private, and the client's public API offers no way to feed it a body
 * without HTTP. A package may span jars on the class path, so the benchmark calls the same objects
 * {@link JemeniFeignClient} builds, wired the same way, without widening the adapter's API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResponseHandlingBenchmark {

  private byte[] body;
  private ApiReply reply;
  private CallContext context;
  private ResponseReader reader;
  private ObjectMapper plain;

  @Setup
  public void prepare() {
    body = Fixtures.transactionStateBody();
    Map<String, Collection<String>> headers = Map.of("content-type", List.of("application/json"));
    reply = new ApiReply(200, headers, body);
    TransactionId id = new TransactionId(Fixtures.TRANSACTION_ID);
    context = CallContext.of(new TransactionStateQuery(id));
    ObjectMapper responses = JsonMappers.responses(ZoneOffset.UTC, Money.XOF);
    reader = new ResponseReader(responses, new ResponseClassifier(responses, Clock.systemUTC()));
    plain = new ObjectMapper();
    if (library().isLeft()) {
      throw new IllegalStateException(
          "the example did not map to a transaction: " + library().getLeft().message());
    }
  }

  /** Classifies the reply and reads it into a {@link Transaction}, as every call does. */
  @Benchmark
  public Either<JemeniError, Transaction> library() {
    return reader.transaction(context, reply);
  }

  /** Parses the same bytes into a Jackson tree with a default mapper. */
  @Benchmark
  public JsonNode bareTree() throws IOException {
    return plain.readTree(body);
  }
}
