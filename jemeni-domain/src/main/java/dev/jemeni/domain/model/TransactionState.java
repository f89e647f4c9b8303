package dev.jemeni.domain.model;

import java.util.Objects;

/**
 * The numeric {@code state} of a transaction, kept raw and classified.
 *
 * <p>The documentation does not define the codes. Public client code treats 0 and 1 as pending and
 * 2 as success. Every code not listed here is {@link Outcome#UNKNOWN}, never success.
 *
 * <p>NOTE: code 3 for a failed transaction is this library's choice, which the fake adapter and the
 * emulator share. The real service may use another code.
 *
 * @param raw the state exactly as the API sent it, such as {@code "2"}
 */
public record TransactionState(String raw) {

  /** Created; the customer has not responded to the notification yet. */
  public static final TransactionState CREATED = new TransactionState("0");

  /** The customer was notified and has not responded. */
  public static final TransactionState PENDING = new TransactionState("1");

  /** The customer paid. */
  public static final TransactionState SUCCEEDED = new TransactionState("2");

  /** The customer declined or the notification expired. */
  public static final TransactionState FAILED = new TransactionState("3");

  /** Validates that the raw value is present; it is stripped of surrounding blanks. */
  public TransactionState {
    Objects.requireNonNull(raw, "raw");
    raw = raw.strip();
  }

  /** Returns the state for a numeric code. */
  public static TransactionState of(int code) {
    return new TransactionState(Integer.toString(code));
  }

  /** Classifies the raw code; an unknown code is {@link Outcome#UNKNOWN}, never success. */
  public Outcome outcome() {
    return switch (raw) {
      case "0", "1" -> Outcome.PENDING;
      case "2" -> Outcome.SUCCEEDED;
      case "3" -> Outcome.FAILED;
      default -> Outcome.UNKNOWN;
    };
  }
}
