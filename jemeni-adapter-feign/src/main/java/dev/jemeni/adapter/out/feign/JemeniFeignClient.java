package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.port.out.JemeniGateway;
import feign.Client;
import feign.Response;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jemeni HTTP API through OpenFeign, signed, retried and guarded by a circuit breaker.
 *
 * <p>Build one with {@link #builder()} and share it, because it is thread-safe. Every method
 * returns API and transport failures as errors instead of throwing them. A payment or a
 * subscription is sent again only after a connection that could not be established or a 429, when
 * the first request certainly did not reach the service. A timeout, a reset, a 502 or a 504 after
 * sending returns {@link dev.jemeni.domain.error.OutcomeUnknown}; any other error response is
 * returned as its own error type and not retried. Errors are logged through SLF4J with the
 * operation and transaction id. Credentials and signatures appear in no log line, error message or
 * {@link #toString()} of this adapter.
 *
 * <pre>{@code
 * JemeniGateway jemeni =
 *     JemeniFeignClient.builder()
 *         .environment(Environment.LIVE)
 *         .credentials(ApiCredentials.of(apiKey, accessToken, secretKey))
 *         .build();
 * Either<JemeniError, Transaction> sent = jemeni.sendPayment(command);
 * }</pre>
 *
 * <p>NOTE: the JDK HTTP client's own debug logging ({@code -Djdk.httpclient.HttpClient.log=headers}
 * or {@code all}) prints request headers, auth headers included; it is off by default and outside
 * this library's control.
 */
public final class JemeniFeignClient implements JemeniGateway {

  private static final Logger log = LoggerFactory.getLogger(JemeniFeignClient.class);

  private final ClientConfig config;
  private final JemeniHttpApi api;
  private final RequestBodies bodies = new RequestBodies();
  private final Exchange exchange;
  private final ResponseReader reader;
  private final ResilientCalls calls;

  JemeniFeignClient(ClientConfig config) {
    this(config, HttpTransport.jdkClient(config));
  }

  /** Creates the adapter over another transport, for benchmarks that leave HTTP out. */
  JemeniFeignClient(ClientConfig config, Client transport) {
    this.config = config;
    this.api = HttpTransport.create(config, transport);
    ObjectMapper responses = JsonMappers.responses(config.apiTimeZone(), config.currency());
    this.exchange = new Exchange(config.hostAndPort());
    this.reader = new ResponseReader(responses, new ResponseClassifier(responses, config.clock()));
    String name = "jemeni-" + config.environment().pathSegment();
    this.calls =
        new ResilientCalls(
            Resilience.breaker(name, config.circuitBreaker()),
            Resilience.limiter(name, config.rateLimit()),
            config.rateLimit(),
            new RetryPolicy(config.retry()));
  }

  /** Returns a builder with the defaults described on {@link JemeniFeignClientBuilder}. */
  public static JemeniFeignClientBuilder builder() {
    return new JemeniFeignClientBuilder();
  }

  @Override
  public Either<JemeniError, Transaction> sendPayment(SendPayment command) {
    byte[] body = bodies.sendPayment(Objects.requireNonNull(command, "command"));
    Either<JemeniError, Transaction> result =
        call(CallContext.of(command), () -> api.sendPayment(body), reader::transaction);
    result.peek(
        transaction ->
            log.info("send-payment accepted: transaction {}", transaction.transactionId()));
    return result;
  }

  @Override
  public Either<JemeniError, Transaction> transactionState(TransactionStateQuery query) {
    String id =
        QueryEncoding.encode(Objects.requireNonNull(query, "query").transactionId().value());
    return call(CallContext.of(query), () -> api.transactionState(id), reader::transaction);
  }

  @Override
  public Either<JemeniError, List<Plan>> listPlans() {
    return call(CallContext.listPlans(), api::listPlans, reader::plans);
  }

  @Override
  public Either<JemeniError, Subscription> createSubscription(CreateSubscription command) {
    byte[] body = bodies.createSubscription(Objects.requireNonNull(command, "command"));
    return call(CallContext.of(command), () -> api.createSubscription(body), reader::subscription);
  }

  @Override
  public Either<JemeniError, Customer> disableSubscription(DisableSubscription command) {
    byte[] body = bodies.disableSubscription(Objects.requireNonNull(command, "command"));
    return call(CallContext.of(command), () -> api.disableSubscription(body), reader::customer);
  }

  /** Returns the base URL, environment, public key and signature scheme, never a secret. */
  @Override
  public String toString() {
    return "JemeniFeignClient[baseUrl="
        + config.baseUrl()
        + ", environment="
        + config.environment()
        + ", apiKey="
        + config.credentials().apiKey()
        + ", signatureScheme="
        + config.signatureScheme()
        + "]";
  }

  private <T> Either<JemeniError, T> call(
      CallContext context,
      Supplier<Response> request,
      BiFunction<CallContext, ApiReply, Either<JemeniError, T>> read) {
    return calls.call(
        context,
        () -> exchange.send(context, request).flatMap(reply -> read.apply(context, reply)));
  }
}
