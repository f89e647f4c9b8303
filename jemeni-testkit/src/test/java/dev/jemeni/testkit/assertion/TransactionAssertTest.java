package dev.jemeni.testkit.assertion;

import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThatThrownBy;
import static dev.jemeni.testkit.builder.JemeniBuilders.aCustomer;
import static dev.jemeni.testkit.builder.JemeniBuilders.aPayment;
import static dev.jemeni.testkit.builder.JemeniBuilders.aTransaction;

import dev.jemeni.domain.model.Outcome;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.model.TransactionState;
import org.junit.jupiter.api.Test;

class TransactionAssertTest {

  private static final String ID = "01JD0Z4K7M9Q2R5T8V1W3X6Y0Z";

  @Test
  void outcomeAssertionsMatchState() {
    assertThat(aTransaction().withState(TransactionState.CREATED).build()).isPending();
    assertThat(aTransaction().withState(TransactionState.SUCCEEDED).build()).hasSucceeded();
    assertThat(aTransaction().withState(TransactionState.FAILED).build()).hasFailed();
    assertThat(aTransaction().withState("7").build()).hasOutcome(Outcome.UNKNOWN);
  }

  @Test
  void hasSucceededFailsNamingOutcomeAndRawState() {
    Transaction declined = aTransaction().withState(TransactionState.FAILED).build();

    assertThatThrownBy(() -> assertThat(declined).hasSucceeded())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected transaction <" + ID + "> to have outcome <SUCCEEDED> but found <FAILED>")
        .hasMessageContaining("raw state <3>");
  }

  @Test
  void unknownStateIsNeitherPendingNorSucceeded() {
    Transaction odd = aTransaction().withState("7").build();

    assertThatThrownBy(() -> assertThat(odd).isPending())
        .hasMessageContaining("but found <UNKNOWN>");
    assertThatThrownBy(() -> assertThat(odd).hasSucceeded())
        .hasMessageContaining("but found <UNKNOWN>");
  }

  @Test
  void fieldAssertionsPassOnMatchingValues() {
    Transaction transaction = aTransaction().withAmount(7500).withPayment(aPayment()).build();

    assertThat(transaction)
        .hasTransactionId(ID)
        .hasAmount(7500)
        .hasCustomerPhone("98745632")
        .hasPaymentWithOutcome(Outcome.PENDING)
        .hasPaymentReference();
  }

  @Test
  void hasAmountFailsNamingBothAmounts() {
    Transaction transaction = aTransaction().withAmount(7500).build();

    assertThatThrownBy(() -> assertThat(transaction).hasAmount(5000))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have amount <5000 XOF> but found <7500 XOF>");
  }

  @Test
  void hasCustomerPhoneFailsNamingBothPhones() {
    Transaction transaction =
        aTransaction().withCustomer(aCustomer().withPhone("0122030465").build()).build();

    assertThatThrownBy(() -> assertThat(transaction).hasCustomerPhone("98745632"))
        .hasMessageContaining("to have customer phone <98745632> but found <0122030465>");
  }

  @Test
  void hasCustomerPhoneFailsWithoutCustomer() {
    Transaction transaction = aTransaction().withoutCustomer().build();

    assertThatThrownBy(() -> assertThat(transaction).hasCustomerPhone("98745632"))
        .hasMessageContaining("but found <none>");
  }

  @Test
  void paymentAssertionsFailWithoutPayment() {
    Transaction transaction = aTransaction().build();

    assertThatThrownBy(() -> assertThat(transaction).hasPaymentWithOutcome(Outcome.SUCCEEDED))
        .hasMessageContaining("to have a payment but found none");
    assertThat(transaction).hasNoPayment();
  }

  @Test
  void hasPaymentWithOutcomeFailsNamingStatus() {
    Transaction transaction = aTransaction().withPayment(aPayment().withStatus("declined")).build();

    assertThatThrownBy(() -> assertThat(transaction).hasPaymentWithOutcome(Outcome.SUCCEEDED))
        .hasMessageContaining("outcome <SUCCEEDED> but found <FAILED> (status <declined>)");
  }

  @Test
  void hasPaymentReferenceFailsWithoutReference() {
    Transaction transaction = aTransaction().withPayment(aPayment().withoutReference()).build();

    assertThatThrownBy(() -> assertThat(transaction).hasPaymentReference())
        .hasMessageContaining("to have a reference but found none");
  }

  @Test
  void hasNoPaymentFailsNamingPayment() {
    Transaction transaction = aTransaction().withPayment(aPayment()).build();

    assertThatThrownBy(() -> assertThat(transaction).hasNoPayment())
        .hasMessageContaining("to have no payment but found <Payment[");
  }

  @Test
  void hasTransactionIdFailsNamingBothIds() {
    Transaction transaction = aTransaction().build();

    assertThatThrownBy(() -> assertThat(transaction).hasTransactionId("TX1"))
        .hasMessageContaining("Expected transaction id <TX1> but found <" + ID + ">");
  }
}
