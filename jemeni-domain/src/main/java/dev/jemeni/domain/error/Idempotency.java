package dev.jemeni.domain.error;

/** Whether sending the same request twice has the same effect as sending it once. */
public enum Idempotency {
  /** Reads, and writes whose repetition changes nothing, such as disabling a subscription. */
  IDEMPOTENT,
  /** Writes whose repetition could charge or subscribe a customer twice. */
  NOT_IDEMPOTENT
}
