package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.port.out.JemeniGateway;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void callBeyondLocalLimitSendsNothing() {
    try (StubServer server = new StubServer()) {
      server.reply(200, Fixtures.example("realistic", "subscription-plans"));
      server.reply(200, Fixtures.example("realistic", "subscription-plans"));
      JemeniGateway client =
          server
              .client()
              .rateLimit(new RateLimitSettings(1, Duration.ofMinutes(1), Duration.ZERO))
              .build();

      boolean first = client.listPlans().isRight();
      JemeniError second = client.listPlans().getLeft();

      assertThat(first).isTrue();
      assertThat(second).isInstanceOf(HttpStatusError.TooManyRequests.class);
      assertThat(second.message())
          .contains("no request was sent", "client-side rate limit of 1 calls per 60000 ms");
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }
}
