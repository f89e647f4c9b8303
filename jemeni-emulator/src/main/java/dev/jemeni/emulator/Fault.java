package dev.jemeni.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault the emulator injects into a request after authenticating it.
 *
 * <p>Every fault but {@link Delay} and {@link DropAfterProcessing} responds without processing the
 * request, so a retried call is safe; a delay processes it late, and a drop processes it and then
 * closes the connection without responding, as a proxy timeout would.
 */
public sealed interface Fault {

  /**
   * Responds with an HTTP status and a short body, such as 503.
   *
   * @param status the HTTP status, 400 to 599
   */
  record Status(int status) implements Fault {

    /** Rejects a status that is not an error. */
    public Status {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "fault status " + status + " is invalid: use an error status from 400 to 599");
      }
    }
  }

  /**
   * Responds with 429 with a {@code Retry-After} header.
   *
   * @param retryAfter the delay written as whole seconds
   */
  record RateLimited(Duration retryAfter) implements Fault {

    /** Rejects a null or negative delay. */
    public RateLimited {
      Objects.requireNonNull(retryAfter, "retryAfter");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("Retry-After " + retryAfter + " is negative");
      }
    }
  }

  /**
   * Responds with one of the API's own codes in the body, such as 5001, and an HTTP status.
   *
   * @param code the API code
   * @param status the HTTP status carrying it
   */
  record ApiCode(int code, int status) implements Fault {}

  /**
   * Waits before processing the request normally.
   *
   * @param delay how long to wait
   */
  record Delay(Duration delay) implements Fault {

    /** Rejects a null or negative delay. */
    public Delay {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay " + delay + " is negative");
      }
    }
  }

  /** Processes the request, then closes the connection without sending a response. */
  record DropAfterProcessing() implements Fault {}

  /**
   * Parses a fault from its command-line form: {@code 503}, {@code 429:SECONDS}, {@code 5001},
   * {@code 5002}, {@code delay:MILLIS} or {@code drop}.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  static Fault parse(String text) {
    String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", 2);
    try {
      return switch (parts[0]) {
        case "drop" -> new DropAfterProcessing();
        case "delay" -> new Delay(Duration.ofMillis(Long.parseLong(parts[1])));
        case "429" ->
            new RateLimited(Duration.ofSeconds(parts.length > 1 ? Long.parseLong(parts[1]) : 1));
        case "5001" -> new ApiCode(5001, 500);
        case "5002" -> new ApiCode(5002, 504);
        default -> new Status(Integer.parseInt(parts[0]));
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "fault '" + text + "' is invalid: use 503, 429:SECONDS, 5001, 5002, delay:MILLIS or drop",
          e);
    }
  }
}
