package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.CircuitOpen;
import dev.jemeni.domain.error.ConnectionFailed;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.MalformedResponse;
import dev.jemeni.domain.error.OutcomeUnknown;
import dev.jemeni.domain.error.TransportFailed;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry decisions for every operation and error kind, and the waits between attempts. */
class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(RetrySettings.defaults().withJitter(0));

  private static final CallContext READ = CallContext.of(Fixtures.stateQuery("T1"));
  private static final CallContext LIST = CallContext.listPlans();
  private static final CallContext DISABLE = CallContext.of(Fixtures.disable());
  private static final CallContext PAYMENT = CallContext.of(Fixtures.payment());
  private static final CallContext SUBSCRIBE = CallContext.of(Fixtures.subscription());

  @Test
  void idempotentOperationsRetryServiceFailures() {
    List<JemeniError> retried =
        List.of(
            new ConnectionFailed("h:1", "refused"),
            new TransportFailed("h:1", "Read timed out"),
            new HttpStatusError.TooManyRequests(Option.none(), ""),
            new HttpStatusError.BadGateway(""),
            new HttpStatusError.ServiceUnavailable(""),
            new HttpStatusError.GatewayTimeout(""),
            new ApiCodeError.DatabaseConnectionFailed(500, ""),
            new ApiCodeError.ServiceDependencyTimeout(500, ""));

    for (CallContext context : List.of(READ, LIST, DISABLE)) {
      for (JemeniError error : retried) {
        assertThat(policy.shouldRetry(context, error)).as("%s after %s", context, error).isTrue();
      }
    }
  }

  @Test
  void paymentsRetryOnlyUnsentRequests() {
    List<JemeniError> notRetried =
        List.of(
            new OutcomeUnknown(Fixtures.payment(), "Read timed out"),
            new HttpStatusError.ServiceUnavailable(""),
            new HttpStatusError.InternalServerError(""),
            new ApiCodeError.DatabaseConnectionFailed(500, ""),
            new ApiCodeError.ServiceDependencyTimeout(500, ""));

    for (CallContext context : List.of(PAYMENT, SUBSCRIBE)) {
      assertThat(policy.shouldRetry(context, new ConnectionFailed("h:1", "refused"))).isTrue();
      assertThat(
              policy.shouldRetry(context, new HttpStatusError.TooManyRequests(Option.none(), "")))
          .isTrue();
      for (JemeniError error : notRetried) {
        assertThat(policy.shouldRetry(context, error)).as("%s after %s", context, error).isFalse();
      }
    }
  }

  @Test
  void businessAndLocalErrorsNeverRetried() {
    List<JemeniError> never =
        List.of(
            new ApiCodeError.InvalidInputData(422, "", List.empty()),
            new ApiCodeError.ResourceConstraintExceeded(400, ""),
            new ApiCodeError.UnknownApiCode(4999, 400, ""),
            new HttpStatusError.BadRequest(""),
            new HttpStatusError.InternalServerError(""),
            new MalformedResponse(200, "data is missing", ""),
            new CircuitOpen("jemeni-sandbox"));

    for (JemeniError error : never) {
      assertThat(policy.shouldRetry(READ, error)).as("%s", error).isFalse();
    }
  }

  @Test
  void retryAfterBeyondCapIsNotRetried() {
    JemeniError withinCap =
        new HttpStatusError.TooManyRequests(Option.some(Duration.ofSeconds(10)), "");
    JemeniError beyondCap =
        new HttpStatusError.TooManyRequests(Option.some(Duration.ofSeconds(11)), "");

    assertThat(policy.shouldRetry(PAYMENT, withinCap)).isTrue();
    assertThat(policy.shouldRetry(PAYMENT, beyondCap)).isFalse();
  }

  @Test
  void waitHonoursRetryAfterElseBacksOff() {
    JemeniError limited =
        new HttpStatusError.TooManyRequests(Option.some(Duration.ofMillis(1234)), "");
    JemeniError unavailable = new HttpStatusError.ServiceUnavailable("");

    assertThat(policy.waitMillis(1, limited)).isEqualTo(1234);
    assertThat(policy.waitMillis(1, unavailable)).isEqualTo(500);
    assertThat(policy.waitMillis(2, unavailable)).isEqualTo(1000);
    assertThat(policy.waitMillis(10, unavailable)).isEqualTo(5000);
  }

  @Test
  void jitterSpreadsBackoff() {
    RetryPolicy jittered = new RetryPolicy(RetrySettings.defaults());
    JemeniError unavailable = new HttpStatusError.ServiceUnavailable("");

    for (int i = 0; i < 50; i++) {
      assertThat(jittered.waitMillis(1, unavailable)).isBetween(250L, 750L);
    }
  }

  @Test
  void breakerCountsOnlyServiceFailures() {
    assertThat(RetryPolicy.isServiceFailure(new HttpStatusError.BadGateway(""))).isTrue();
    assertThat(RetryPolicy.isServiceFailure(new ApiCodeError.DatabaseConnectionFailed(500, "")))
        .isTrue();
    assertThat(RetryPolicy.isServiceFailure(new TransportFailed("h:1", "reset"))).isTrue();
    assertThat(RetryPolicy.isServiceFailure(new HttpStatusError.UnexpectedStatus(520, "")))
        .isTrue();
    assertThat(
            RetryPolicy.isServiceFailure(new ApiCodeError.InvalidInputData(422, "", List.empty())))
        .isFalse();
    assertThat(RetryPolicy.isServiceFailure(new HttpStatusError.TooManyRequests(Option.none(), "")))
        .isFalse();
    assertThat(RetryPolicy.isServiceFailure(new HttpStatusError.UnexpectedStatus(409, "")))
        .isFalse();
  }
}
