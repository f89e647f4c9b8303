package dev.jemeni.testkit.builder;

import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.TransactionId;
import java.util.Objects;

/** Builds a {@link TransactionStateQuery}. Default: {@link JemeniDefaults#TRANSACTION_ID}. */
public final class TransactionStateQueryBuilder {

  private TransactionId transactionId = new TransactionId(JemeniDefaults.TRANSACTION_ID);

  TransactionStateQueryBuilder() {}

  /** Sets the transaction identifier. */
  public TransactionStateQueryBuilder withTransactionId(String transactionId) {
    this.transactionId = new TransactionId(transactionId);
    return this;
  }

  /** Sets the transaction identifier. */
  public TransactionStateQueryBuilder withTransactionId(TransactionId transactionId) {
    this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    return this;
  }

  /** Queries the state of {@code transaction}, such as one that send payment returned. */
  public TransactionStateQueryBuilder forTransaction(Transaction transaction) {
    return withTransactionId(transaction.transactionId());
  }

  /** Returns the query. */
  public TransactionStateQuery build() {
    return new TransactionStateQuery(transactionId);
  }
}
