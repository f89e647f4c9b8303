package dev.jemeni.adapter.out.feign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock one second later at each reading, counting its readings; the adapter reads it once per
 * attempt.
 */
final class SteppingClock extends Clock {

  private final Instant start;
  private final AtomicLong readings = new AtomicLong();

  SteppingClock(Instant start) {
    this.start = start;
  }

  long readings() {
    return readings.get();
  }

  @Override
  public Instant instant() {
    return start.plusSeconds(readings.getAndIncrement());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the stepping clock is UTC only");
  }
}
