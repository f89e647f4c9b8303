package dev.jemeni.domain.error;

import java.util.Objects;

/**
 * One invalid field of a request, found locally or reported by the API with code 4001.
 *
 * @param field the field's name on the wire, such as {@code customer_phone}
 * @param message what is wrong and how to fix it
 */
public record Violation(String field, String message) {

  /** Rejects null components. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
