package dev.jemeni.testkit.assertion;

import static dev.jemeni.testkit.assertion.JemeniAssertions.TRANSACTION;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThatThrownBy;
import static dev.jemeni.testkit.builder.JemeniBuilders.aTransaction;

import dev.jemeni.domain.command.Operation;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.CircuitOpen;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.ValidationFailed;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.model.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

class EitherAndErrorAssertTest {

  private static final ApiCodeError.InvalidInputData UNKNOWN_PHONE =
      new ApiCodeError.InvalidInputData(
          400,
          "The input data provided is invalid.",
          List.of(new Violation("customer_phone", "x")));

  private static final Either<JemeniError, Transaction> SUCCESS =
      Either.right(aTransaction().build());
  private static final Either<JemeniError, Transaction> FAILURE = Either.left(UNKNOWN_PHONE);

  @Test
  void isSuccessReturnsValueAssertions() {
    assertThat(SUCCESS).isSuccess().isEqualTo(SUCCESS.get());
    assertThat(SUCCESS).isSuccess(TRANSACTION).isPending();
  }

  @Test
  void isSuccessFailsOnErrorNamingIt() {
    assertThatThrownBy(() -> assertThat(FAILURE).isSuccess())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a success but found error <InvalidInputData>")
        .hasMessageContaining("code 4001");
  }

  @Test
  void errorTypeChainsToViolation() {
    assertThat(FAILURE)
        .isErrorOfType(ApiCodeError.InvalidInputData.class)
        .hasApiCode(4001)
        .hasHttpStatus(400)
        .hasViolationOn("customer_phone")
        .isNotRetrySafeFor(Operation.SEND_PAYMENT);
  }

  @Test
  void isErrorOfTypeFailsOnSuccess() {
    assertThatThrownBy(() -> assertThat(SUCCESS).isErrorOfType(ApiCodeError.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected error <ApiCodeError> but found success <Transaction[");
  }

  @Test
  void errorTypeFailsOnOtherType() {
    assertThatThrownBy(() -> assertThat(FAILURE).isErrorOfType(CircuitOpen.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected error <CircuitOpen> but found error <InvalidInputData>");
  }

  @Test
  void isErrorFailsOnSuccess() {
    assertThatThrownBy(() -> assertThat(SUCCESS).isError())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected an error but found success");
  }

  @Test
  void hasApiCodeFailsNamingBothCodes() {
    assertThatThrownBy(() -> assertThat(UNKNOWN_PHONE).hasApiCode(5001))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected API code <5001> but found <4001>");
  }

  @Test
  void hasApiCodeFailsOnErrorWithoutCode() {
    JemeniError open = new CircuitOpen("jemeni");

    assertThatThrownBy(() -> assertThat(open).hasApiCode(4001))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected an error with API code <4001> but found <CircuitOpen>");
  }

  @Test
  void hasViolationOnFailsNamingFieldsFound() {
    assertThatThrownBy(() -> assertThat(UNKNOWN_PHONE).hasViolationOn("amount"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a violation on <amount>")
        .hasMessageContaining("found violations on <customer_phone>");
  }

  @Test
  void hasViolationOnAcceptsLocalValidation() {
    JemeniError local = new ValidationFailed(List.of(new Violation("amount", "too small")));

    assertThat(local).hasViolationOn("amount").hasMessageContaining("nothing was sent");
  }

  @Test
  void hasHttpStatusFailsNamingBothStatuses() {
    assertThatThrownBy(() -> assertThat(UNKNOWN_PHONE).hasHttpStatus(422))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected HTTP status <422> but found <400>");
  }

  @Test
  void retrySafetyFailsNamingOperation() {
    assertThatThrownBy(() -> assertThat(UNKNOWN_PHONE).isRetrySafeFor(Operation.LIST_PLANS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be retry-safe for list-plans but it was not retry-safe");
  }

  @Test
  void descriptionPrefixesFailure() {
    assertThatThrownBy(() -> assertThat(FAILURE).as("send payment").isSuccess())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[send payment]");
  }
}
