package dev.jemeni.domain.model;

import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A payment notification sent to a customer and its current state.
 *
 * @param id the API's internal record number
 * @param transactionId the identifier to query the state with
 * @param amount the amount requested
 * @param state the transaction state, raw and classified
 * @param timestamps creation and update times
 * @param customer the customer who was notified
 * @param clientMerchants the merchant's carrier accounts
 * @param client the merchant's account
 * @param payment the payment, once the customer acted on the notification
 */
public record Transaction(
    Option<Long> id,
    TransactionId transactionId,
    Option<Money> amount,
    TransactionState state,
    Timestamps timestamps,
    Option<Customer> customer,
    List<ClientMerchant> clientMerchants,
    Option<ClientAccount> client,
    Option<Payment> payment) {

  /** Rejects null components. */
  public Transaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(timestamps, "timestamps");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(clientMerchants, "clientMerchants");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(payment, "payment");
  }

  /** Classifies the transaction state; see {@link TransactionState#outcome()}. */
  public Outcome outcome() {
    return state.outcome();
  }
}
