package dev.jemeni.adapter.out.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulated customer responds to a payment notification when the test does not decide for
 * them.
 *
 * <p>The decision is scheduled when the payment is sent, at the send time plus the delay, and takes
 * effect lazily: see {@link FakeJemeniGateway} for when scheduled changes are observed.
 */
public sealed interface CustomerBehaviour
    permits CustomerBehaviour.NeverResponds,
        CustomerBehaviour.Approves,
        CustomerBehaviour.Declines {

  /** Returns the behaviour of a customer who ignores notifications, so payments expire. */
  static CustomerBehaviour neverResponds() {
    return new NeverResponds();
  }

  /** Returns the behaviour of a customer who approves every payment {@code delay} after it. */
  static CustomerBehaviour approvesAfter(Duration delay) {
    return new Approves(delay);
  }

  /** Returns the behaviour of a customer who declines every payment {@code delay} after it. */
  static CustomerBehaviour declinesAfter(Duration delay) {
    return new Declines(delay);
  }

  /** A customer who never responds, so each payment expires at its due time. */
  record NeverResponds() implements CustomerBehaviour {}

  /**
   * A customer who approves each payment after a delay.
   *
   * @param delay the time between sending and approval, zero or more
   */
  record Approves(Duration delay) implements CustomerBehaviour {

    /** Rejects a null or negative delay. */
    public Approves {
      requireNotNegative(delay);
    }
  }

  /**
   * A customer who declines each payment after a delay.
   *
   * @param delay the time between sending and refusal, zero or more
   */
  record Declines(Duration delay) implements CustomerBehaviour {

    /** Rejects a null or negative delay. */
    public Declines {
      requireNotNegative(delay);
    }
  }

  private static void requireNotNegative(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException(
          "delay " + delay + " is negative: pass zero or a positive duration");
    }
  }
}
