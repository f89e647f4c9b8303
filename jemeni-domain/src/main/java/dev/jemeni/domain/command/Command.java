package dev.jemeni.domain.command;

/** A validated request to one Jemeni operation. */
public sealed interface Command
    permits SendPayment, TransactionStateQuery, CreateSubscription, DisableSubscription {

  /** Returns the operation this command is for. */
  Operation operation();
}
