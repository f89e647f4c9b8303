package dev.jemeni.domain.command;

import dev.jemeni.domain.error.Idempotency;

/** The operations of the Jemeni API, with whether each changes state and is idempotent. */
public enum Operation {
  /** Sends a payment notification; repeating it could charge the customer twice. */
  SEND_PAYMENT("send-payment", true, Idempotency.NOT_IDEMPOTENT),
  /** Reads a transaction's state. */
  TRANSACTION_STATE("transaction-state", false, Idempotency.IDEMPOTENT),
  /** Lists subscription plans. */
  LIST_PLANS("list-plans", false, Idempotency.IDEMPOTENT),
  /** Subscribes a customer to a plan; repeating it could subscribe the customer twice. */
  CREATE_SUBSCRIPTION("create-subscription", true, Idempotency.NOT_IDEMPOTENT),
  /** Disables a customer's subscription; repeating it changes nothing more. */
  DISABLE_SUBSCRIPTION("disable-subscription", true, Idempotency.IDEMPOTENT);

  private final String wireName;
  private final boolean changesState;
  private final Idempotency idempotency;

  Operation(String wireName, boolean changesState, Idempotency idempotency) {
    this.wireName = wireName;
    this.changesState = changesState;
    this.idempotency = idempotency;
  }

  /** Returns the operation's name in logs and messages, such as {@code send-payment}. */
  public String wireName() {
    return wireName;
  }

  /** Returns whether the operation changes state at the service. */
  public boolean changesState() {
    return changesState;
  }

  /** Returns whether sending the request twice has the effect of sending it once. */
  public Idempotency idempotency() {
    return idempotency;
  }
}
