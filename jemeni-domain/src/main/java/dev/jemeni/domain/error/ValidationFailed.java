package dev.jemeni.domain.error;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The library rejected a request's input before sending anything.
 *
 * @param violations every invalid field, not only the first
 */
public record ValidationFailed(Seq<Violation> violations) implements JemeniError {

  /** Rejects a null or empty list. */
  public ValidationFailed {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty: name at least one field");
    }
  }

  @Override
  public String message() {
    return "Invalid input, nothing was sent: "
        + violations.mkString("; ")
        + ". Correct the fields and try again.";
  }

  @Override
  public boolean isRetrySafe(Idempotency idempotency) {
    return false;
  }
}
