package dev.jemeni.adapter.out.feign;

import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import feign.Logger;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The validated settings one client is built from; {@link JemeniFeignClientBuilder} checks them.
 */
record ClientConfig(
    URI baseUrl,
    Environment environment,
    ApiCredentials credentials,
    SignatureScheme signatureScheme,
    Clock clock,
    Duration connectTimeout,
    Duration readTimeout,
    RetrySettings retry,
    CircuitBreakerSettings circuitBreaker,
    RateLimitSettings rateLimit,
    Currency currency,
    ZoneId apiTimeZone,
    Logger.Level httpLogLevel) {

  /** Returns the URL every request path is appended to, such as {@code …/api/sandbox}. */
  String targetUrl() {
    return baseUrl + "/" + environment.pathSegment();
  }

  /** Returns {@code host:port} for error messages, the port defaulted from the scheme. */
  String hostAndPort() {
    int port = baseUrl.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
    }
    return baseUrl.getHost() + ":" + port;
  }

  /** Returns a description without the access token or the secret key. */
  @Override
  public String toString() {
    return "ClientConfig[baseUrl="
        + baseUrl
        + ", environment="
        + environment
        + ", credentials="
        + credentials
        + ", signatureScheme="
        + signatureScheme
        + "]";
  }
}
