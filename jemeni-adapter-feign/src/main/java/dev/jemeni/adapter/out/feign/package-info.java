/**
 * Driven adapter: the Jemeni ports over the HTTP API with OpenFeign, Jackson, MapStruct and
 * Resilience4j.
 *
 * <p>The entry point is {@link dev.jemeni.adapter.out.feign.JemeniFeignClient#builder()}; the
 * settings types beside it ({@link dev.jemeni.adapter.out.feign.Environment}, {@link
 * dev.jemeni.adapter.out.feign.RetrySettings}, {@link
 * dev.jemeni.adapter.out.feign.CircuitBreakerSettings}, {@link
 * dev.jemeni.adapter.out.feign.RateLimitSettings}) are public. Everything else, DTOs, mappers and
 * the HTTP plumbing, is package-private and may change.
 */
package dev.jemeni.adapter.out.feign;
