package dev.jemeni.domain.command;

import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Reads the state of a transaction.
 *
 * @param transactionId the transaction to read
 */
public record TransactionStateQuery(TransactionId transactionId) implements Command {

  /** Rejects a null identifier. */
  public TransactionStateQuery {
    Objects.requireNonNull(transactionId, "transactionId");
  }

  /** Validates a raw transaction identifier. */
  public static Validation<Seq<Violation>, TransactionStateQuery> of(String transactionId) {
    return Fields.required("transaction_id", transactionId, TransactionId::of)
        .map(TransactionStateQuery::new)
        .mapError(List::of);
  }

  @Override
  public Operation operation() {
    return Operation.TRANSACTION_STATE;
  }
}
