package dev.jemeni.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How far an event timestamp may lie from the receiver's clock, in each direction.
 *
 * <p>The default accepts events up to 72 hours old and up to 5 minutes in the future. The service
 * retries until it gets a 2xx, and the documentation does not say for how long, so the past
 * tolerance must cover retries after a receiver outage over a weekend. Replays inside that window
 * are caught by the processed-event store instead. The future tolerance only absorbs clock skew: an
 * honest event is never far ahead of the clock.
 *
 * @param past the maximum age of an accepted event
 * @param future the maximum distance into the future of an accepted event
 */
public record Tolerance(Duration past, Duration future) {

  /** 72 hours in the past, 5 minutes in the future. */
  public static final Tolerance DEFAULT =
      new Tolerance(Duration.ofHours(72), Duration.ofMinutes(5));

  /** Rejects null and negative durations. */
  public Tolerance {
    requireNonNegative(past, "past");
    requireNonNegative(future, "future");
  }

  private static void requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          name + " tolerance " + duration + " is negative: pass zero or a positive duration");
    }
  }
}
