package dev.jemeni.adapter.out.feign;

import static dev.jemeni.adapter.out.feign.SignedRequests.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.port.out.JemeniGateway;
import java.time.Clock;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how, and that every attempt is signed afresh. */
class RetryTest {

  private final StubServer server = new StubServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readRetriedAfter503WithFreshSignature() {
    server.reply(503, "{\"message\":\"maintenance\"}");
    server.reply(200, Fixtures.example("realistic", "transaction-state"));
    JemeniGateway client = server.client().clock(new SteppingClock(Fixtures.NOW)).build();

    var result = client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

    assertThat(result.isRight()).isTrue();
    assertThat(server.requestCount()).isEqualTo(2);
    RecordedRequest first = server.next();
    RecordedRequest second = server.next();
    assertThat(assertSigned(first)).isEqualTo("1731959834");
    assertThat(assertSigned(second)).isEqualTo("1731959835");
    assertThat(second.getHeaders().get("auth-signature"))
        .isNotEqualTo(first.getHeaders().get("auth-signature"));
  }

  @Test
  void rateLimitedRequestWaitsRetryAfterAndResigns() {
    server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{}").build());
    server.reply(200, Fixtures.example("realistic", "send-payment"));
    JemeniGateway client = server.client().clock(Clock.systemUTC()).build();

    long start = System.nanoTime();
    var result = client.sendPayment(Fixtures.payment());
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result.isRight()).isTrue();
    assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    RecordedRequest first = server.next();
    RecordedRequest second = server.next();
    long firstSecond = Long.parseLong(assertSigned(first));
    long secondSecond = Long.parseLong(assertSigned(second));
    assertThat(secondSecond).isGreaterThan(firstSecond);
    assertThat(second.getHeaders().get("auth-signature"))
        .isNotEqualTo(first.getHeaders().get("auth-signature"));
  }

  @Test
  void retryAfterBeyondCapReturnsAtOnce() {
    server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").body("{}").build());
    server.reply(200, Fixtures.example("realistic", "transaction-state"));
    JemeniGateway client = server.client().build();

    var result = client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

    HttpStatusError.TooManyRequests limited = (HttpStatusError.TooManyRequests) result.getLeft();
    assertThat(limited.retryAfter().get()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterAsHttpDateIsHonoured() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "Mon, 18 Nov 2024 19:57:14 GMT")
            .body("{}")
            .build());
    server.reply(200, Fixtures.example("realistic", "transaction-state"));
    JemeniGateway client = server.client().build();

    var result = client.transactionState(Fixtures.stateQuery(Fixtures.TRANSACTION_ID));

    assertThat(result.isRight()).isTrue();
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void readGivesUpAfterMaxAttempts() {
    for (int i = 0; i < 3; i++) {
      server.reply(503, "{}");
    }

    var result = server.client().build().listPlans();

    assertThat(result.getLeft()).isInstanceOf(HttpStatusError.ServiceUnavailable.class);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void readRetriedOnEveryRetryableFailure() {
    server.reply(502, "<html>bad gateway</html>");
    server.reply(504, "");
    server.reply(500, "{\"code\":5001}");
    server.reply(500, "{\"code\":5002}");
    server.enqueue(new MockResponse.Builder().code(429).body("{}").build());
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));
    JemeniGateway client = server.client().retry(Fixtures.FAST_RETRY.withMaxAttempts(6)).build();

    var result = client.listPlans();

    assertThat(result.isRight()).isTrue();
    assertThat(server.requestCount()).isEqualTo(6);
  }

  @Test
  void disableRetriedOnDatabaseFailure() {
    server.reply(500, "{\"code\":5001,\"message\":\"db\"}");
    server.reply(200, Fixtures.example("realistic", "subscription-disable"));

    var result = server.client().build().disableSubscription(Fixtures.disable());

    assertThat(result.isRight()).isTrue();
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void paymentRetriedAfterRateLimit() {
    server.enqueue(new MockResponse.Builder().code(429).body("{}").build());
    server.reply(200, Fixtures.example("realistic", "send-payment"));

    var result = server.client().build().sendPayment(Fixtures.payment());

    assertThat(result.isRight()).isTrue();
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void paymentNotRetriedAfterServerErrors() {
    server.reply(503, "{}");
    server.reply(500, "{\"code\":5001}");
    server.reply(500, "{\"code\":5002}");
    server.reply(500, "{}");
    JemeniGateway client = server.client().build();

    JemeniError unavailable = client.sendPayment(Fixtures.payment()).getLeft();
    JemeniError database = client.sendPayment(Fixtures.payment()).getLeft();
    JemeniError dependency = client.createSubscription(Fixtures.subscription()).getLeft();
    JemeniError internal = client.createSubscription(Fixtures.subscription()).getLeft();

    assertThat(unavailable).isInstanceOf(HttpStatusError.ServiceUnavailable.class);
    assertThat(database).isInstanceOf(ApiCodeError.DatabaseConnectionFailed.class);
    assertThat(dependency).isInstanceOf(ApiCodeError.ServiceDependencyTimeout.class);
    assertThat(internal).isInstanceOf(HttpStatusError.InternalServerError.class);
    assertThat(server.requestCount()).isEqualTo(4);
  }

  @Test
  void businessErrorsNotRetried() {
    server.reply(422, "{\"code\":4001,\"message\":\"bad\"}");
    server.reply(400, "{}");
    server.reply(401, "{}");
    JemeniGateway client = server.client().build();

    client.listPlans();
    client.listPlans();
    client.listPlans();

    assertThat(server.requestCount()).isEqualTo(3);
  }
}
