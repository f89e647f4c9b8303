package dev.jemeni.domain.model;

/** The meaning of a transaction or payment state for the merchant. */
public enum Outcome {
  /** The customer has not paid yet; the state can still change. */
  PENDING,
  /** The customer paid. */
  SUCCEEDED,
  /** The payment was declined, cancelled or expired; it will not succeed. */
  FAILED,
  /** The library does not know this state; it is never treated as success. */
  UNKNOWN;

  /** Returns whether the state is final: succeeded or failed. */
  public boolean isTerminal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
