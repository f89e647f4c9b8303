package dev.jemeni.adapter.out.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BodyDeadlinesTest {

  private static final long WAIT_SECONDS = 10;

  private final BodyDeadlines deadlines = new BodyDeadlines("body-deadlines-test");

  @Test
  void runsActionAfterTimeout() throws InterruptedException {
    CountDownLatch expired = new CountDownLatch(1);
    long start = System.nanoTime();

    deadlines.start(millis(50), expired::countDown);

    assertThat(expired.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(millis(50));
  }

  @Test
  void skipsCancelledDeadline() throws InterruptedException {
    AtomicBoolean cancelledRan = new AtomicBoolean();
    CountDownLatch laterExpired = new CountDownLatch(1);

    deadlines.start(millis(40), () -> cancelledRan.set(true)).cancel();
    deadlines.start(millis(40), laterExpired::countDown);

    assertThat(laterExpired.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(cancelledRan).isFalse();
  }

  @Test
  void expiresShortTimeoutAddedLater() throws InterruptedException {
    CountDownLatch shortExpired = new CountDownLatch(1);

    deadlines.start(TimeUnit.HOURS.toNanos(1), () -> {});
    deadlines.start(millis(30), shortExpired::countDown);

    assertThat(shortExpired.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void expiresDeadlineAfterQueueEmptied() throws InterruptedException {
    CountDownLatch first = new CountDownLatch(1);
    deadlines.start(millis(30), first::countDown);
    assertThat(first.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    CountDownLatch second = new CountDownLatch(1);

    deadlines.start(millis(30), second::countDown);

    assertThat(second.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  private static long millis(long millis) {
    return Duration.ofMillis(millis).toNanos();
  }
}
