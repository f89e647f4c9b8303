package dev.jemeni.domain.error;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * An error the API reported with one of its own four-digit codes in the response body.
 *
 * <p>The HTTP status that carried the code is kept, because the API may send a code with a 4xx, a
 * 5xx or even a 200 status.
 */
public sealed interface ApiCodeError extends JemeniError
    permits ApiCodeError.InvalidInputData,
        ApiCodeError.ResourceConstraintExceeded,
        ApiCodeError.DatabaseConnectionFailed,
        ApiCodeError.ServiceDependencyTimeout,
        ApiCodeError.UnknownApiCode {

  /** Returns the API's code, such as 4001. */
  int code();

  /** Returns the HTTP status of the response that carried the code. */
  int httpStatus();

  /** Returns the message the API sent with the code. */
  String apiMessage();

  /** Returns the documented name of the code, such as {@code Invalid Input Data}. */
  String title();

  /** Returns what the caller should do next. */
  String advice();

  @Override
  default String message() {
    String detail = apiMessage().isBlank() ? "" : ": " + Excerpt.of(apiMessage());
    return "Jemeni returned code %d %s (HTTP %d)%s. %s"
        .formatted(code(), title(), httpStatus(), detail, advice());
  }

  /**
   * Code 4001: the API rejected the request's data. Never retried: the same data fails again.
   *
   * @param httpStatus the HTTP status of the response
   * @param apiMessage the message the API sent
   * @param violations the invalid fields, when the API named them
   */
  record InvalidInputData(int httpStatus, String apiMessage, List<Violation> violations)
      implements ApiCodeError {

    /** Rejects null components. */
    public InvalidInputData {
      Objects.requireNonNull(apiMessage, "apiMessage");
      Objects.requireNonNull(violations, "violations");
    }

    @Override
    public int code() {
      return 4001;
    }

    @Override
    public String title() {
      return "Invalid Input Data";
    }

    @Override
    public String advice() {
      String fields = violations.isEmpty() ? "" : " (" + violations.mkString("; ") + ")";
      return "Correct the rejected fields" + fields + " and send a new request.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * Code 4002: the request exceeded a limit of the account. Never retried automatically.
   *
   * @param httpStatus the HTTP status of the response
   * @param apiMessage the message the API sent
   */
  record ResourceConstraintExceeded(int httpStatus, String apiMessage) implements ApiCodeError {

    /** Rejects a null API message. */
    public ResourceConstraintExceeded {
      Objects.requireNonNull(apiMessage, "apiMessage");
    }

    @Override
    public int code() {
      return 4002;
    }

    @Override
    public String title() {
      return "Resource Constraint Exceeded";
    }

    @Override
    public String advice() {
      return "Reduce the request or ask Jemeni to raise the limit.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }

  /**
   * Code 5001: the service could not reach its database. Safe to retry only an idempotent request,
   * because the service may have done part of the work before failing.
   *
   * @param httpStatus the HTTP status of the response
   * @param apiMessage the message the API sent
   */
  record DatabaseConnectionFailed(int httpStatus, String apiMessage) implements ApiCodeError {

    /** Rejects a null API message. */
    public DatabaseConnectionFailed {
      Objects.requireNonNull(apiMessage, "apiMessage");
    }

    @Override
    public int code() {
      return 5001;
    }

    @Override
    public String title() {
      return "Database Connection Failed";
    }

    @Override
    public String advice() {
      return "Try again later; check a payment's state before sending it again.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return idempotency == Idempotency.IDEMPOTENT;
    }
  }

  /**
   * Code 5002: a service the API depends on timed out, possibly after acting. Safe to retry only an
   * idempotent request.
   *
   * @param httpStatus the HTTP status of the response
   * @param apiMessage the message the API sent
   */
  record ServiceDependencyTimeout(int httpStatus, String apiMessage) implements ApiCodeError {

    /** Rejects a null API message. */
    public ServiceDependencyTimeout {
      Objects.requireNonNull(apiMessage, "apiMessage");
    }

    @Override
    public int code() {
      return 5002;
    }

    @Override
    public String title() {
      return "Service Dependency Timeout";
    }

    @Override
    public String advice() {
      return "Try again later; check a payment's state before sending it again.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return idempotency == Idempotency.IDEMPOTENT;
    }
  }

  /**
   * A code the documentation does not list. Never retried: its meaning is unknown.
   *
   * @param code the API's code
   * @param httpStatus the HTTP status of the response
   * @param apiMessage the message the API sent
   */
  record UnknownApiCode(int code, int httpStatus, String apiMessage) implements ApiCodeError {

    /** Rejects a null API message. */
    public UnknownApiCode {
      Objects.requireNonNull(apiMessage, "apiMessage");
    }

    @Override
    public String title() {
      return "Unknown Code";
    }

    @Override
    public String advice() {
      return "Check the Jemeni documentation for this code before retrying.";
    }

    @Override
    public boolean isRetrySafe(Idempotency idempotency) {
      return false;
    }
  }
}
