package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.command.Command;
import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Option;

/**
 * The operation, command and transaction of one call, for retry decisions, error mapping and log
 * lines.
 *
 * @param operation the operation called
 * @param command the command sent; absent only for listing plans
 * @param transactionId the transaction the call is about, when known before the call
 */
record CallContext(
    Operation operation, Option<Command> command, Option<TransactionId> transactionId) {

  static CallContext of(Command command) {
    Option<TransactionId> transaction =
        command instanceof TransactionStateQuery query
            ? Option.some(query.transactionId())
            : Option.none();
    return new CallContext(command.operation(), Option.some(command), transaction);
  }

  static CallContext listPlans() {
    return new CallContext(Operation.LIST_PLANS, Option.none(), Option.none());
  }

  /** Returns the call for log lines, such as {@code transaction-state for transaction T1}. */
  String describe() {
    return operation.wireName()
        + transactionId.map(id -> " for transaction " + id.value()).getOrElse("");
  }
}
