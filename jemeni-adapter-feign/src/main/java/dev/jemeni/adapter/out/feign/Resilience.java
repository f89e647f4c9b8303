package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.error.JemeniError;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Resilience4j breaker, limiter and retries from the settings, with their logging. */
final class Resilience {

  private static final Logger log = LoggerFactory.getLogger(Resilience.class);

  private Resilience() {}

  static CircuitBreaker breaker(String name, CircuitBreakerSettings settings) {
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(settings.slidingWindowSize())
            .minimumNumberOfCalls(settings.minimumNumberOfCalls())
            .failureRateThreshold(settings.failureRateThreshold())
            .waitDurationInOpenState(settings.waitInOpenState())
            .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
            .recordResult(result -> result instanceof JemeniError)
            .writableStackTraceEnabled(false)
            .build();
    CircuitBreaker breaker = CircuitBreaker.of(name, config);
    breaker
        .getEventPublisher()
        .onStateTransition(
            event ->
                log.warn(
                    "Circuit breaker {} changed from {} to {}",
                    event.getCircuitBreakerName(),
                    event.getStateTransition().getFromState(),
                    event.getStateTransition().getToState()));
    return breaker;
  }

  static Option<RateLimiter> limiter(String name, RateLimitSettings settings) {
    if (settings.isUnlimited()) {
      return Option.none();
    }
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(settings.limitForPeriod())
            .limitRefreshPeriod(settings.refreshPeriod())
            .timeoutDuration(settings.maxWait())
            .build();
    return Option.some(RateLimiter.of(name, config));
  }

  static Retry retry(Operation operation, RetryPolicy policy) {
    RetryConfig config =
        RetryConfig.<ResilientCalls.Attempt<?>>custom()
            .maxAttempts(policy.maxAttempts())
            .retryOnResult(
                attempt ->
                    attempt.result().isLeft()
                        && policy.shouldRetry(attempt.context(), attempt.result().getLeft()))
            .retryOnException(thrown -> false)
            .intervalBiFunction(
                (failedAttempts, outcome) -> waitAndLog(policy, failedAttempts, outcome.get()))
            .failAfterMaxAttempts(false)
            .build();
    return Retry.of("jemeni-" + operation.wireName(), config);
  }

  private static long waitAndLog(
      RetryPolicy policy, int failedAttempts, ResilientCalls.Attempt<?> attempt) {
    JemeniError error = attempt.result().getLeft();
    long wait = policy.waitMillis(failedAttempts, error);
    log.info(
        "Retrying {} in {} ms after attempt {} of {} failed: {}",
        attempt.context().describe(),
        wait,
        failedAttempts,
        policy.maxAttempts(),
        error.message());
    return wait;
  }
}
