package dev.jemeni.webhooks;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a raw webhook request into a verified, typed event or a typed rejection.
 *
 * <p>The steps run in this order, and the first failure is returned: the signature over the raw
 * bytes, then the body, then the timestamp. An unsigned body is never parsed. The receiver keeps no
 * state, so it does not detect duplicates: {@link WebhookProcessor} does that with a {@link
 * ProcessedEventStore}. Immutable and thread-safe.
 */
public final class WebhookReceiver {

  private final WebhookVerifier verifier;
  private final Tolerance tolerance;
  private final Clock clock;

  private WebhookReceiver(Builder builder) {
    this.verifier = WebhookVerifier.of(builder.scheme, builder.secrets);
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
  }

  /** Returns a builder with the HMAC-SHA512 hex scheme, the default tolerance and the UTC clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies and reads a webhook request.
   *
   * @param body the request body exactly as received
   * @param headers the request headers; names are compared ignoring case
   * @return the verified event with its key, or the rejection; a malformed request never throws
   */
  public WebhookResult receive(byte[] body, Map<String, List<String>> headers) {
    Either<Rejection, WebhookResult.Verified> result =
        verifier
            .verify(body, headers)
            .flatMap(EventParser::parse)
            .flatMap(this::checkFreshness)
            .map(event -> new WebhookResult.Verified(event, EventKey.of(event, body)));
    return result.fold(WebhookResult.Rejected::new, verified -> verified);
  }

  private Either<Rejection, WebhookEvent> checkFreshness(WebhookEvent event) {
    Instant now = clock.instant();
    Instant timestamp = event.timestamp();
    Duration age = Duration.between(timestamp, now);
    if (age.compareTo(tolerance.past()) > 0) {
      return Either.left(new Rejection.StaleTimestamp(timestamp, age, tolerance.past()));
    }
    Duration ahead = age.negated();
    if (ahead.compareTo(tolerance.future()) > 0) {
      return Either.left(new Rejection.FutureTimestamp(timestamp, ahead, tolerance.future()));
    }
    return Either.right(event);
  }

  @Override
  public String toString() {
    return "WebhookReceiver[" + verifier + ", tolerance=" + tolerance + "]";
  }

  /** Configures a {@link WebhookReceiver}; not thread-safe. */
  public static final class Builder {

    private WebhookSignatureScheme scheme = WebhookSignatureScheme.hmacSha512Hex();
    private final List<WebhookSecret> secrets = new ArrayList<>();
    private Tolerance tolerance = Tolerance.DEFAULT;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Adds an active secret; add the new and the old one while rotating. */
    public Builder secret(WebhookSecret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /** Sets how signatures are computed and carried; the default is HMAC-SHA512 hex. */
    public Builder scheme(WebhookSignatureScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    /** Sets how far event timestamps may lie from the clock; see {@link Tolerance#DEFAULT}. */
    public Builder tolerance(Tolerance tolerance) {
      this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
      return this;
    }

    /** Sets the clock the timestamps are compared with. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the receiver.
     *
     * @throws IllegalArgumentException when no secret was added
     */
    public WebhookReceiver build() {
      return new WebhookReceiver(this);
    }
  }
}
