package dev.jemeni.testkit.builder;

import dev.jemeni.adapter.out.fake.FakeSeed;
import dev.jemeni.domain.model.ClientAccount;
import dev.jemeni.domain.model.ClientMerchant;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Payment;
import dev.jemeni.domain.model.Timestamps;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.model.TransactionState;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Builds a {@link Transaction}. Defaults: record 1, identifier {@link
 * JemeniDefaults#TRANSACTION_ID}, 5000 XOF, state {@link TransactionState#PENDING}, created at
 * {@link JemeniDefaults#NOW}, the seeded customer, merchant and carrier accounts, and no payment.
 */
public final class TransactionBuilder {

  private Option<Long> id = Option.some(1L);
  private TransactionId transactionId = new TransactionId(JemeniDefaults.TRANSACTION_ID);
  private Option<Money> amount = Option.some(Money.xof(JemeniDefaults.AMOUNT_XOF));
  private TransactionState state = TransactionState.PENDING;
  private Timestamps timestamps = Timestamps.createdAt(JemeniDefaults.NOW);
  private Option<Customer> customer = Option.some(new CustomerBuilder().build());
  private List<ClientMerchant> clientMerchants = FakeSeed.clientMerchants();
  private Option<ClientAccount> client = Option.some(FakeSeed.client());
  private Option<Payment> payment = Option.none();

  TransactionBuilder() {}

  /** Sets the API's internal record number. */
  public TransactionBuilder withId(long id) {
    this.id = Option.some(id);
    return this;
  }

  /** Sets the transaction identifier. */
  public TransactionBuilder withTransactionId(String transactionId) {
    this.transactionId = new TransactionId(transactionId);
    return this;
  }

  /** Sets the amount in XOF. */
  public TransactionBuilder withAmount(long xof) {
    return withAmount(Money.xof(xof));
  }

  /** Sets the amount. */
  public TransactionBuilder withAmount(Money amount) {
    this.amount = Option.some(amount);
    return this;
  }

  /** Sets the state, such as {@link TransactionState#SUCCEEDED}. */
  public TransactionBuilder withState(TransactionState state) {
    this.state = Objects.requireNonNull(state, "state");
    return this;
  }

  /** Sets the raw state code exactly as the API would send it, such as {@code "2"}. */
  public TransactionBuilder withState(String rawState) {
    return withState(new TransactionState(rawState));
  }

  /** Sets the creation and update times. */
  public TransactionBuilder withTimestamps(Timestamps timestamps) {
    this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    return this;
  }

  /** Sets the notified customer. */
  public TransactionBuilder withCustomer(Customer customer) {
    this.customer = Option.some(customer);
    return this;
  }

  /** Removes the customer, as a response without one would. */
  public TransactionBuilder withoutCustomer() {
    this.customer = Option.none();
    return this;
  }

  /** Sets the merchant's carrier accounts. */
  public TransactionBuilder withClientMerchants(Iterable<ClientMerchant> merchants) {
    this.clientMerchants = List.ofAll(merchants);
    return this;
  }

  /** Sets the merchant's account. */
  public TransactionBuilder withClient(ClientAccount client) {
    this.client = Option.some(client);
    return this;
  }

  /** Sets the payment, as a state query returns it once the customer was notified. */
  public TransactionBuilder withPayment(Payment payment) {
    this.payment = Option.some(payment);
    return this;
  }

  /** Sets the payment built by {@code payment}. */
  public TransactionBuilder withPayment(PaymentBuilder payment) {
    return withPayment(payment.build());
  }

  /** Returns the transaction. */
  public Transaction build() {
    return new Transaction(
        id, transactionId, amount, state, timestamps, customer, clientMerchants, client, payment);
  }
}
