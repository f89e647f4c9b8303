package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.HttpStatusError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.ValidationFailed;
import dev.jemeni.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link JemeniError}. */
public final class JemeniErrorAssert extends AbstractObjectAssert<JemeniErrorAssert, JemeniError> {

  /** Creates assertions on {@code actual}. Prefer {@link JemeniAssertions#assertThat}. */
  public JemeniErrorAssert(JemeniError actual) {
    super(actual, JemeniErrorAssert.class);
  }

  /** Verifies that the error is an {@link ApiCodeError} with the API code {@code code}. */
  public JemeniErrorAssert hasApiCode(int code) {
    isNotNull();
    if (!(actual instanceof ApiCodeError apiError)) {
      failWithMessage(
          "Expected an error with API code <%d> but found <%s> without an API code: %s",
          code, typeOf(), actual.message());
      return this;
    }
    if (apiError.code() != code) {
      failWithMessage(
          "Expected API code <%d> but found <%d>: %s", code, apiError.code(), actual.message());
    }
    return this;
  }

  /** Verifies the HTTP status of an {@link ApiCodeError} or an {@link HttpStatusError}. */
  public JemeniErrorAssert hasHttpStatus(int status) {
    isNotNull();
    Option<Integer> found = httpStatus();
    if (found.isEmpty()) {
      failWithMessage(
          "Expected HTTP status <%d> but found <%s>, which carries no HTTP status: %s",
          status, typeOf(), actual.message());
    } else if (found.get() != status) {
      failWithMessage(
          "Expected HTTP status <%d> but found <%d>: %s", status, found.get(), actual.message());
    }
    return this;
  }

  /**
   * Verifies that the error names the field {@code field}, as written on the wire such as {@code
   * customer_phone}. Works for {@link ApiCodeError.InvalidInputData} and {@link ValidationFailed}.
   */
  public JemeniErrorAssert hasViolationOn(String field) {
    isNotNull();
    Seq<Violation> violations = violations();
    if (violations.isEmpty()) {
      failWithMessage(
          "Expected a violation on <%s> but found <%s> with no violations: %s",
          field, typeOf(), actual.message());
    } else if (!violations.exists(violation -> violation.field().equals(field))) {
      failWithMessage(
          "Expected a violation on <%s> but found violations on <%s>: %s",
          field, violations.map(Violation::field).mkString(", "), actual.message());
    }
    return this;
  }

  /** Verifies that the error's message contains {@code text}. */
  public JemeniErrorAssert hasMessageContaining(String text) {
    isNotNull();
    if (!actual.message().contains(text)) {
      failWithMessage(
          "Expected the message of <%s> to contain <%s> but it was <%s>",
          typeOf(), text, actual.message());
    }
    return this;
  }

  /** Verifies that sending the request of {@code operation} again is safe after this error. */
  public JemeniErrorAssert isRetrySafeFor(Operation operation) {
    return hasRetrySafety(operation, true);
  }

  /** Verifies that sending the request of {@code operation} again is not safe after this error. */
  public JemeniErrorAssert isNotRetrySafeFor(Operation operation) {
    return hasRetrySafety(operation, false);
  }

  private JemeniErrorAssert hasRetrySafety(Operation operation, boolean expected) {
    isNotNull();
    boolean found = actual.isRetrySafe(operation.idempotency());
    if (found != expected) {
      failWithMessage(
          "Expected <%s> to be %s for %s but it was %s",
          typeOf(), safety(expected), operation.wireName(), safety(found));
    }
    return this;
  }

  private Seq<Violation> violations() {
    if (actual instanceof ApiCodeError.InvalidInputData invalid) {
      return invalid.violations();
    }
    if (actual instanceof ValidationFailed failed) {
      return failed.violations();
    }
    return List.empty();
  }

  private Option<Integer> httpStatus() {
    if (actual instanceof ApiCodeError apiError) {
      return Option.some(apiError.httpStatus());
    }
    if (actual instanceof HttpStatusError httpError) {
      return Option.some(httpError.status());
    }
    return Option.none();
  }

  private String typeOf() {
    return actual.getClass().getSimpleName();
  }

  private static String safety(boolean safe) {
    return safe ? "retry-safe" : "not retry-safe";
  }
}
