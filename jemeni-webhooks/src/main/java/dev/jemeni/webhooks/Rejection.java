package dev.jemeni.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The reason a webhook request was rejected.
 *
 * <p>No rejection carries or prints a secret, the expected signature or the received signature. A
 * request that repeats an event already processed is not a rejection: see {@link
 * ProcessingResult.Duplicate}.
 */
public sealed interface Rejection {

  /** Returns the HTTP status to respond with: 401 for a signature problem, 400 otherwise. */
  int httpStatus();

  /** Returns a one-line explanation naming the failed value and what to check. */
  String message();

  /**
   * The signature header is absent.
   *
   * @param header name of the expected header
   */
  record MissingSignature(String header) implements Rejection {

    /** Rejects a null header name. */
    public MissingSignature {
      Objects.requireNonNull(header, "header");
    }

    @Override
    public int httpStatus() {
      return 401;
    }

    @Override
    public String message() {
      return "signature header " + header + " is missing: sign the raw body and send it there";
    }
  }

  /**
   * The signature header is present but cannot be decoded, such as an empty, short or non-hex
   * value, or the header sent more than once.
   *
   * @param problem what is wrong with the value, without the value itself
   */
  record MalformedSignature(String problem) implements Rejection {

    /** Rejects a null problem. */
    public MalformedSignature {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public int httpStatus() {
      return 401;
    }

    @Override
    public String message() {
      return "signature is malformed: " + problem;
    }
  }

  /**
   * The signature is well formed but matches the body under none of the configured secrets.
   *
   * @param header name of the signature header
   * @param secretCount how many secrets were tried
   */
  record BadSignature(String header, int secretCount) implements Rejection {

    /** Rejects a null header name. */
    public BadSignature {
      Objects.requireNonNull(header, "header");
    }

    @Override
    public int httpStatus() {
      return 401;
    }

    @Override
    public String message() {
      return "signature in "
          + header
          + " does not match the body under any of the "
          + secretCount
          + " configured secret(s): check the webhook secret and pass the body bytes exactly as"
          + " received, never re-serialized JSON";
    }
  }

  /**
   * The event timestamp is older than the past tolerance allows.
   *
   * @param timestamp the event timestamp
   * @param age how far it lies before the receiver's clock
   * @param tolerance the maximum accepted age
   */
  record StaleTimestamp(Instant timestamp, Duration age, Duration tolerance) implements Rejection {

    /** Rejects null values. */
    public StaleTimestamp {
      Objects.requireNonNull(timestamp, "timestamp");
      Objects.requireNonNull(age, "age");
      Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public int httpStatus() {
      return 400;
    }

    @Override
    public String message() {
      return "event timestamp "
          + timestamp
          + " is "
          + readable(age)
          + " old, more than the tolerance of "
          + readable(tolerance)
          + ": check the receiver's clock, or raise the past tolerance";
    }
  }

  /**
   * The event timestamp lies further in the future than the future tolerance allows.
   *
   * @param timestamp the event timestamp
   * @param ahead how far it lies after the receiver's clock
   * @param tolerance the maximum accepted distance into the future
   */
  record FutureTimestamp(Instant timestamp, Duration ahead, Duration tolerance)
      implements Rejection {

    /** Rejects null values. */
    public FutureTimestamp {
      Objects.requireNonNull(timestamp, "timestamp");
      Objects.requireNonNull(ahead, "ahead");
      Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public int httpStatus() {
      return 400;
    }

    @Override
    public String message() {
      return "event timestamp "
          + timestamp
          + " is "
          + readable(ahead)
          + " in the future, more than the tolerance of "
          + readable(tolerance)
          + ": check the receiver's clock";
    }
  }

  /**
   * The body is correctly signed but is not a webhook event the receiver can read.
   *
   * @param problem which field is missing or invalid
   */
  record MalformedBody(String problem) implements Rejection {

    /** Rejects a null problem. */
    public MalformedBody {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public int httpStatus() {
      return 400;
    }

    @Override
    public String message() {
      return "webhook body is malformed: " + problem;
    }
  }

  /** Formats a duration as hours, minutes and whole seconds, such as {@code 72 h 0 min 1 s}. */
  private static String readable(Duration duration) {
    long seconds = duration.getSeconds();
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    if (hours > 0) {
      return hours + " h " + minutes + " min " + seconds % 60 + " s";
    }
    return minutes > 0 ? minutes + " min " + seconds % 60 + " s" : seconds % 60 + " s";
  }
}
