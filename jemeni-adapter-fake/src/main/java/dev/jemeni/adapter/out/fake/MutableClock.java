package dev.jemeni.adapter.out.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} whose time changes only when a test sets or advances it.
 *
 * <p>Thread-safe. Clocks derived with {@link #withZone(ZoneId)} share the instant of this clock, so
 * advancing one advances them all.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a clock in UTC that reads {@code start} until it is changed. */
  public static MutableClock startingAt(Instant start) {
    Objects.requireNonNull(start, "start");
    return new MutableClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /** Returns a clock in UTC that reads the parsed instant, such as {@code 2024-11-18T19:57:14Z}. */
  public static MutableClock startingAt(String isoInstant) {
    return startingAt(Instant.parse(isoInstant));
  }

  /** Moves the clock to {@code instant}, backwards or forwards. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Moves the clock forwards by {@code duration} and returns the new instant.
   *
   * @throws IllegalArgumentException when the duration is negative; use {@link #set(Instant)} to go
   *     back in time
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "duration " + duration + " is negative: pass zero or more, or call set(Instant)");
    }
    return now.updateAndGet(current -> current.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public MutableClock withZone(ZoneId zone) {
    return new MutableClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
