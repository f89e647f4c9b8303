package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.value.Money;
import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import feign.Logger;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;

/**
 * Collects the settings of a {@link JemeniFeignClient}; only the credentials have no default.
 *
 * <pre>{@code
 * JemeniGateway jemeni =
 *     JemeniFeignClient.builder()
 *         .environment(Environment.SANDBOX)
 *         .credentials(ApiCredentials.of(apiKey, accessToken, secretKey))
 *         .build();
 * }</pre>
 *
 * <p>Setters reject {@code null} with a {@link NullPointerException}; {@link #build()} checks the
 * combination. Not thread-safe; the built client is.
 */
public final class JemeniFeignClientBuilder {

  /** The documented base URL, {@value}. */
  public static final String DEFAULT_BASE_URL = "https://jemeni.net/api";

  private String baseUrl = DEFAULT_BASE_URL;
  private Environment environment = Environment.SANDBOX;
  private ApiCredentials credentials;
  private SignatureScheme signatureScheme = SignatureScheme.SHA512_PLUS;
  private Clock clock = Clock.systemUTC();
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);
  private RetrySettings retry = RetrySettings.defaults();
  private CircuitBreakerSettings circuitBreaker = CircuitBreakerSettings.defaults();
  private RateLimitSettings rateLimit = RateLimitSettings.defaults();
  private Currency currency = Money.XOF;
  private ZoneId apiTimeZone = ZoneOffset.UTC;
  private Logger.Level httpLogLevel = Logger.Level.BASIC;

  JemeniFeignClientBuilder() {}

  /** Sets the base URL; the default is {@value #DEFAULT_BASE_URL}. Plain http needs loopback. */
  public JemeniFeignClientBuilder baseUrl(String url) {
    this.baseUrl = Objects.requireNonNull(url, "url");
    return this;
  }

  /** Sets the environment, which selects {@code /sandbox} or {@code /live}; default sandbox. */
  public JemeniFeignClientBuilder environment(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return this;
  }

  /** Sets the API key, access token and secret key; required. */
  public JemeniFeignClientBuilder credentials(ApiCredentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    return this;
  }

  /** Sets how requests are signed; the default is the documented SHA-512 scheme. */
  public JemeniFeignClientBuilder signatureScheme(SignatureScheme scheme) {
    this.signatureScheme = Objects.requireNonNull(scheme, "scheme");
    return this;
  }

  /** Sets the clock for {@code auth-timestamp} and HTTP-date {@code Retry-After}; default UTC. */
  public JemeniFeignClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Sets how long establishing a connection may take, whole milliseconds; default 5 s. */
  public JemeniFeignClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /**
   * Sets how long the response headers may take once sent, and how long the body may take after
   * them, whole milliseconds; default 30 s. One attempt can therefore take up to twice this time.
   */
  public JemeniFeignClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** Sets the retry backoff and attempts; the default is {@link RetrySettings#defaults()}. */
  public JemeniFeignClientBuilder retry(RetrySettings settings) {
    this.retry = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** Sets the circuit breaker; the default is {@link CircuitBreakerSettings#defaults()}. */
  public JemeniFeignClientBuilder circuitBreaker(CircuitBreakerSettings settings) {
    this.circuitBreaker = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** Sets the client-side rate limit; the default is {@link RateLimitSettings#defaults()}. */
  public JemeniFeignClientBuilder rateLimit(RateLimitSettings settings) {
    this.rateLimit = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** Sets the currency of the amounts the API returns, which it does not send; default XOF. */
  public JemeniFeignClientBuilder currency(Currency currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
    return this;
  }

  /** Sets the zone of API dates without an offset, such as {@code 2024-10-27 00:00:00}; UTC. */
  public JemeniFeignClientBuilder apiTimeZone(ZoneId zone) {
    this.apiTimeZone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Sets how much of each exchange Feign logs at SLF4J debug level; the default is {@code BASIC}.
   * Auth headers are never logged; {@code FULL} logs bodies, which contain phone numbers.
   */
  public JemeniFeignClientBuilder httpLogLevel(Logger.Level level) {
    this.httpLogLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * Checks the settings and returns a ready, thread-safe client.
   *
   * @throws IllegalArgumentException when credentials are missing, a key does not match the
   *     environment, the base URL is not https (or http on loopback) or a timeout is invalid
   * @throws IllegalStateException when a JVM setting would let the JDK HTTP client resend a payment
   */
  public JemeniGateway build() {
    return new JemeniFeignClient(config());
  }

  ClientConfig config() {
    URI url = BaseUrls.parse(baseUrl);
    requireCredentialsFor(environment);
    JdkRetrySafety.requireNoResendOfPosts();
    return new ClientConfig(
        url,
        environment,
        credentials,
        signatureScheme,
        clock,
        wholeMillis(connectTimeout, "connectTimeout"),
        wholeMillis(readTimeout, "readTimeout"),
        retry,
        circuitBreaker,
        rateLimit,
        currency,
        apiTimeZone,
        httpLogLevel);
  }

  /** Returns a description of the settings without the access token or the secret key. */
  @Override
  public String toString() {
    return "JemeniFeignClientBuilder[baseUrl="
        + baseUrl
        + ", environment="
        + environment
        + ", credentials="
        + credentials
        + ", signatureScheme="
        + signatureScheme
        + "]";
  }

  private void requireCredentialsFor(Environment target) {
    if (credentials == null) {
      throw new IllegalArgumentException(
          "credentials are missing: call credentials(ApiCredentials.of(apiKey, token, secretKey))");
    }
    requireHeaderSafe(credentials.apiKey(), "API key");
    requireHeaderSafe(credentials.token(), "access token");
    if (target == Environment.SANDBOX && credentials.isLiveKey()) {
      throw new IllegalArgumentException(
          "API key pk_live_… is a live key but the environment is SANDBOX: "
              + "use a pk_test_ key or environment(Environment.LIVE)");
    }
    if (target == Environment.LIVE && credentials.isTestKey()) {
      throw new IllegalArgumentException(
          "API key pk_test_… is a test key but the environment is LIVE: "
              + "use a pk_live_ key or environment(Environment.SANDBOX)");
    }
  }

  /** Rejects a value the JDK client would refuse as a header, without showing the value. */
  private static void requireHeaderSafe(String value, String name) {
    boolean visibleAscii = value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    if (!visibleAscii) {
      throw new IllegalArgumentException(
          name
              + " contains a space, control or non-ASCII character, which an HTTP header cannot"
              + " carry: pass the value exactly as issued");
    }
  }

  private static Duration wholeMillis(Duration timeout, String name) {
    boolean tooShort = timeout.compareTo(Duration.ofMillis(1)) < 0;
    boolean tooLong = timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0;
    if (tooShort || tooLong) {
      throw new IllegalArgumentException(
          name + " " + timeout + " is invalid: use from 1 ms up to " + Integer.MAX_VALUE + " ms");
    }
    return Duration.ofMillis(timeout.toMillis());
  }
}
