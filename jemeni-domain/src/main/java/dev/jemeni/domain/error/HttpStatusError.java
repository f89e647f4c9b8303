package dev.jemeni.domain.error;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * A response whose HTTP status is an error and whose body carries no API code.
 *
 * <p>Each status family the documentation lists is its own type; any other status is {@link
 * UnexpectedStatus}. The body is kept only as a bounded excerpt.
 */
public sealed interface HttpStatusError extends JemeniError
    permits HttpStatusError.BadRequest,
        HttpStatusError.Unauthorized,
        HttpStatusError.Forbidden,
        HttpStatusError.NotFound,
        HttpStatusError.InternalServerError,
        HttpStatusError.NotImplemented,
        HttpStatusError.BadGateway,
        HttpStatusError.ServiceUnavailable,
        HttpStatusError.GatewayTimeout,
        HttpStatusError.TooManyRequests,
        HttpStatusError.Redirected,
        HttpStatusError.UnexpectedStatus {

  /** Returns the HTTP status code. */
  int status();

  /** Returns the start of the response body, at most {@link Excerpt#MAX_LENGTH} characters. */
  String bodyExcerpt();

  /** Returns what the caller should do next. */
  String advice();

  @Override
  default String message() {
    String detail = bodyExcerpt().isEmpty() ? "" : ": " + bodyExcerpt();
    return "Jemeni answered HTTP %d%s. %s".formatted(status(), detail, advice());
  }

  /**
   * HTTP 400: the service could not understand the request.
   *
   * @param bodyExcerpt the start of the response body
   */
  record BadRequest(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public BadRequest {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 400;
    }

    @Override
    public String advice() {
      return "Check the request against the API documentation.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * HTTP 401: authentication is missing or failed.
   *
   * @param bodyExcerpt the start of the response body
   */
  record Unauthorized(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public Unauthorized {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 401;
    }

    @Override
    public String advice() {
      return "Check the API key, access token, secret key and clock.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * HTTP 403: the service refuses this request for these credentials.
   *
   * @param bodyExcerpt the start of the response body
   */
  record Forbidden(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public Forbidden {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 403;
    }

    @Override
    public String advice() {
      return "Check that the key matches the environment (sandbox or live).";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * HTTP 404: the requested resource does not exist.
   *
   * @param bodyExcerpt the start of the response body
   */
  record NotFound(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public NotFound {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 404;
    }

    @Override
    public String advice() {
      return "Check the base URL and the identifier.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * HTTP 500: the service failed in an unexpected way, possibly after acting.
   *
   * @param bodyExcerpt the start of the response body
   */
  record InternalServerError(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public InternalServerError {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 500;
    }

    @Override
    public String advice() {
      return "The service may have acted: check the state before sending the request again.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * HTTP 501: the service does not support this operation.
   *
   * @param bodyExcerpt the start of the response body
   */
  record NotImplemented(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public NotImplemented {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 501;
    }

    @Override
    public String advice() {
      return "Check the base URL and the API version.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * HTTP 502: a proxy got an invalid response from the service, which may have acted.
   *
   * @param bodyExcerpt the start of the response body
   */
  record BadGateway(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public BadGateway {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 502;
    }

    @Override
    public String advice() {
      return "A read can be retried; for a payment or a subscription, check its state first.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return idempotency == Idempotency.IDEMPOTENT;
    }
  }

  /**
   * HTTP 503: the service is down or overloaded.
   *
   * @param bodyExcerpt the start of the response body
   */
  record ServiceUnavailable(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public ServiceUnavailable {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public String advice() {
      return "A read can be retried later; for a payment or a subscription, check its state first.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return idempotency == Idempotency.IDEMPOTENT;
    }
  }

  /**
   * HTTP 504: a proxy timed out waiting for the service, which may have acted.
   *
   * @param bodyExcerpt the start of the response body
   */
  record GatewayTimeout(String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public GatewayTimeout {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 504;
    }

    @Override
    public String advice() {
      return "A read can be retried; for a payment or a subscription, check its state first.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return idempotency == Idempotency.IDEMPOTENT;
    }
  }

  /**
   * HTTP 429: too many requests. The request was not processed, so it is safe to send again after
   * the delay, even a payment.
   *
   * @param retryAfter the delay from the {@code Retry-After} header, when the API sent one
   * @param bodyExcerpt the start of the response body
   */
  record TooManyRequests(Option<Duration> retryAfter, String bodyExcerpt)
      implements HttpStatusError {

    /** Rejects a null delay and bounds the body excerpt. */
    public TooManyRequests {
      Objects.requireNonNull(retryAfter, "retryAfter");
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public int status() {
      return 429;
    }

    @Override
    public String advice() {
      return retryAfter
          .map(delay -> "Wait " + delay.toSeconds() + " s before sending the request again.")
          .getOrElse("Slow down before sending the request again.");
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return true;
    }
  }

  /**
   * A 3xx redirect. Never followed, because the signature covers the original URL.
   *
   * @param status the 3xx status
   * @param location the {@code Location} header, when present
   * @param bodyExcerpt the start of the response body
   */
  record Redirected(int status, Option<String> location, String bodyExcerpt)
      implements HttpStatusError {

    /** Rejects a null location and bounds the body excerpt. */
    public Redirected {
      Objects.requireNonNull(location, "location");
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public String advice() {
      return location
          .map(target -> "Configure the base URL the service redirects to: " + target)
          .getOrElse("Check the configured base URL.");
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * Any other error status, such as 409 or 418. Never retried: its meaning is unknown.
   *
   * @param status the HTTP status
   * @param bodyExcerpt the start of the response body
   */
  record UnexpectedStatus(int status, String bodyExcerpt) implements HttpStatusError {

    /** Bounds the body excerpt. */
    public UnexpectedStatus {
      bodyExcerpt = Excerpt.of(bodyExcerpt);
    }

    @Override
    public String advice() {
      return "Check the request and the base URL.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }
}
