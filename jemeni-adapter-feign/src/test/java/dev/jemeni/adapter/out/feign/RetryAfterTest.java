package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);

  @Test
  void secondsAreRead() {
    assertThat(RetryAfter.parse(" 120 ", clock).get()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void httpDateIsReadAgainstClock() {
    String later = "Mon, 18 Nov 2024 19:57:44 GMT";

    assertThat(RetryAfter.parse(later, clock).get()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void pastDateIsZero() {
    assertThat(RetryAfter.parse("Sun, 17 Nov 2024 10:00:00 GMT", clock).get())
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void hugeSecondsExceedAnyCap() {
    Duration delay = RetryAfter.parse("99999999999999999999", clock).get();

    assertThat(delay).isGreaterThan(Duration.ofDays(365 * 1000));
  }

  @Test
  void absentOrUnreadableIsNone() {
    assertThat(RetryAfter.parse(null, clock).isEmpty()).isTrue();
    assertThat(RetryAfter.parse("", clock).isEmpty()).isTrue();
    assertThat(RetryAfter.parse("soon", clock).isEmpty()).isTrue();
    assertThat(RetryAfter.parse("-5", clock).isEmpty()).isTrue();
  }
}
