package dev.jemeni.adapter.out.fake;

import static dev.jemeni.adapter.out.fake.Fixtures.left;
import static dev.jemeni.adapter.out.fake.Fixtures.right;
import static dev.jemeni.adapter.out.fake.Fixtures.stateOf;
import static dev.jemeni.adapter.out.fake.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Transaction;
import dev.jemeni.domain.value.CountryId;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

  private final MutableClock clock = Fixtures.clock();
  private final FakeJemeniGateway fake = Fixtures.fake(clock);

  @Test
  void paymentToUnknownPhoneIsRejected() {
    List<Violation> violations =
        violations(fake.sendPayment(Fixtures.payment(Fixtures.STRANGER.value(), "5000")));

    assertThat(violations.map(Violation::field)).containsExactly("customer_phone");
    assertThat(violations.head().message()).contains("70000001");
    assertThat(fake.transactions()).isEmpty();
  }

  @Test
  void rejectionCarriesCode4001() {
    ApiCodeError.InvalidInputData error =
        (ApiCodeError.InvalidInputData)
            left(fake.sendPayment(Fixtures.payment(Fixtures.STRANGER.value(), "5000")));

    assertThat(error.code()).isEqualTo(4001);
    assertThat(error.httpStatus()).isEqualTo(InvalidInput.HTTP_STATUS);
    assertThat(error.apiMessage()).isEqualTo(InvalidInput.API_MESSAGE);
    assertThat(error.message()).contains("customer_phone");
  }

  @Test
  void paymentInOtherCountryIsRejected() {
    List<Violation> violations =
        violations(fake.sendPayment(Fixtures.payment("5000", Currency.getInstance("XOF"), 2)));

    assertThat(violations.map(Violation::field)).containsExactly("country_id");
  }

  @Test
  void paymentInOtherCurrencyIsRejected() {
    List<Violation> violations =
        violations(fake.sendPayment(Fixtures.payment("10.50", Currency.getInstance("EUR"), 1)));

    assertThat(violations.map(Violation::field)).containsExactly("amount");
    assertThat(violations.head().message()).contains("10.50 EUR");
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    List<Violation> violations =
        violations(fake.sendPayment(Fixtures.payment("10.50", Currency.getInstance("EUR"), 2)));

    assertThat(violations.map(Violation::field)).containsExactly("amount", "country_id");
  }

  @Test
  void unknownTransactionIdIsRejected() {
    TransactionId unknown = new TransactionId("01JD3M8ZK4T7N2VXW5C9R6B1EQ");

    List<Violation> violations = violations(fake.transactionState(stateOf(unknown)));

    assertThat(violations.map(Violation::field)).containsExactly("transaction_id");
    assertThat(violations.head().message()).contains(unknown.value());
  }

  @Test
  void unknownPhoneRegistersWhenConfigured() {
    FakeJemeniGateway open =
        FakeJemeniGateway.builder().clock(clock).registerUnknownCustomers(true).build();

    Transaction sent = right(open.sendPayment(Fixtures.payment(Fixtures.STRANGER.value(), "700")));

    Customer registered = open.customers().find(Fixtures.STRANGER).get();
    assertThat(sent.customer()).contains(registered);
    assertThat(registered.countryId()).contains(new CountryId(1));
    assertThat(registered.id()).containsExactly(new CustomerId("1001"));
  }

  @Test
  void registeredCustomerIsReused() {
    FakeJemeniGateway open =
        FakeJemeniGateway.builder().clock(clock).registerUnknownCustomers(true).build();

    Transaction first = right(open.sendPayment(Fixtures.payment(Fixtures.STRANGER.value(), "1")));
    Transaction second = right(open.sendPayment(Fixtures.payment(Fixtures.STRANGER.value(), "2")));

    assertThat(second.customer().get().id()).isEqualTo(first.customer().get().id());
  }

  @Test
  void factoryRejectsEmptyViolations() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InvalidInput.of(List.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
