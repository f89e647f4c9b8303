package dev.jemeni.adapter.out.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  private final MutableClock clock = MutableClock.startingAt("2024-11-18T19:57:14Z");

  @Test
  void standsStillUntilChanged() {
    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-11-18T19:57:14Z"));
    assertThat(clock.instant()).isEqualTo(clock.instant());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advanceMovesForward() {
    Instant after = clock.advance(Duration.ofMinutes(90));

    assertThat(after).isEqualTo(Instant.parse("2024-11-18T21:27:14Z"));
    assertThat(clock.millis()).isEqualTo(after.toEpochMilli());
  }

  @Test
  void setMovesBackwards() {
    clock.set(Instant.parse("2020-01-01T00:00:00Z"));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
  }

  @Test
  void negativeAdvanceIsRejected() {
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
  }

  @Test
  void zonedCopySharesInstant() {
    MutableClock bamako = clock.withZone(ZoneId.of("Africa/Bamako"));

    clock.advance(Duration.ofHours(1));

    assertThat(bamako.instant()).isEqualTo(clock.instant());
    assertThat(bamako.getZone()).isEqualTo(ZoneId.of("Africa/Bamako"));
  }

  @Test
  void advancingSleeperMovesClock() {
    Sleeper sleeper = Sleeper.advancing(clock);

    sleeper.sleep(Duration.ofSeconds(3));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-11-18T19:57:17Z"));
  }
}
