package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.CircuitOpen;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.port.out.JemeniGateway;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The breaker counts service failures, ignores business errors, and fails fast while open. */
class CircuitBreakerTest {

  /** Opens at 50 % failures once 4 calls were recorded. */
  private static final CircuitBreakerSettings SMALL =
      CircuitBreakerSettings.defaults().withWindow(50, 4, 4);

  private static final String INVALID_INPUT =
      "{\"status\":\"error\",\"code\":4001,\"message\":\"The phone is invalid.\"}";

  private final StubServer server = new StubServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void invalidInputNeitherRetriedNorCounted() {
    for (int i = 0; i < 11; i++) {
      server.reply(422, INVALID_INPUT);
    }
    JemeniGateway client = server.client().circuitBreaker(SMALL).build();

    for (int i = 0; i < 10; i++) {
      JemeniError error = client.sendPayment(Fixtures.payment()).getLeft();
      assertThat(error).isInstanceOf(ApiCodeError.InvalidInputData.class);
    }
    JemeniError eleventh = client.transactionState(Fixtures.stateQuery("T1")).getLeft();

    assertThat(eleventh).isInstanceOf(ApiCodeError.InvalidInputData.class);
    assertThat(server.requestCount()).isEqualTo(11);
  }

  @Test
  void sustainedDatabaseFailureOpensBreaker() {
    for (int i = 0; i < 4; i++) {
      server.reply(500, "{\"code\":5001,\"message\":\"db\"}");
    }
    JemeniGateway client =
        server.client().retry(RetrySettings.disabled()).circuitBreaker(SMALL).build();

    for (int i = 0; i < 4; i++) {
      assertThat(client.listPlans().getLeft())
          .isInstanceOf(ApiCodeError.DatabaseConnectionFailed.class);
    }
    JemeniError error = client.transactionState(Fixtures.stateQuery("T1")).getLeft();

    assertThat(error).isInstanceOf(CircuitOpen.class);
    assertThat(((CircuitOpen) error).circuit()).isEqualTo("jemeni-sandbox");
    assertThat(error.message()).contains("no request was sent");
    assertThat(server.requestCount()).isEqualTo(4);
  }

  @Test
  void breakerOpeningDuringRetriesStopsThem() {
    for (int i = 0; i < 3; i++) {
      server.reply(500, "{\"code\":5001}");
    }
    JemeniGateway client =
        server
            .client()
            .retry(Fixtures.FAST_RETRY.withMaxAttempts(5))
            .circuitBreaker(CircuitBreakerSettings.defaults().withWindow(50, 3, 3))
            .build();

    JemeniError error = client.listPlans().getLeft();

    assertThat(error).isInstanceOf(CircuitOpen.class);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void breakerClosesAfterSuccessfulTrial() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      server.reply(503, "{}");
    }
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));
    server.reply(200, Fixtures.example("realistic", "subscription-plans"));
    JemeniGateway client =
        server
            .client()
            .retry(RetrySettings.disabled())
            .circuitBreaker(
                SMALL
                    .withWaitInOpenState(Duration.ofMillis(200))
                    .withPermittedCallsInHalfOpenState(1))
            .build();
    for (int i = 0; i < 4; i++) {
      assertThat(client.listPlans().getLeft())
          .isInstanceOf(HttpStatusError.ServiceUnavailable.class);
    }
    assertThat(client.listPlans().getLeft()).isInstanceOf(CircuitOpen.class);

    Thread.sleep(300);

    assertThat(client.listPlans().isRight()).as("trial call").isTrue();
    assertThat(client.listPlans().isRight()).as("call after closing").isTrue();
    assertThat(server.requestCount()).isEqualTo(6);
  }

  @Test
  void rateLimitResponsesAreNotCounted() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(429).body("{}").build());
    }
    JemeniGateway client =
        server.client().retry(RetrySettings.disabled()).circuitBreaker(SMALL).build();

    for (int i = 0; i < 5; i++) {
      assertThat(client.listPlans().getLeft()).isInstanceOf(HttpStatusError.TooManyRequests.class);
    }

    assertThat(server.requestCount()).isEqualTo(5);
  }
}
