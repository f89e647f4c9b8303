package dev.jemeni.adapter.out.fake;

import static org.assertj.core.api.Assertions.fail;

import dev.jemeni.domain.command.CreateSubscription;
import dev.jemeni.domain.command.DisableSubscription;
import dev.jemeni.domain.command.SendPayment;
import dev.jemeni.domain.command.TransactionStateQuery;
import dev.jemeni.domain.error.ApiCodeError;
import dev.jemeni.domain.error.JemeniError;
import dev.jemeni.domain.error.Violation;
import dev.jemeni.domain.value.PhoneNumber;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Currency;

/** Commands, clocks and Either helpers shared by the fake's tests. */
final class Fixtures {

  static final Instant START = Instant.parse("2024-11-18T19:57:14Z");
  static final PhoneNumber AWA = new PhoneNumber(FakeSeed.AWA_PHONE);
  static final PhoneNumber MOUSSA = new PhoneNumber(FakeSeed.MOUSSA_PHONE);
  static final PhoneNumber STRANGER = new PhoneNumber("70000001");

  private Fixtures() {}

  static MutableClock clock() {
    return MutableClock.startingAt(START);
  }

  static FakeJemeniGateway fake(MutableClock clock) {
    return FakeJemeniGateway.builder().clock(clock).build();
  }

  static SendPayment payment(String phone, String amount) {
    return SendPayment.builder()
        .customerPhone(phone)
        .amount(amount)
        .countryId(1)
        .validate()
        .fold(
            violations -> {
              throw new IllegalArgumentException(violations.mkString("; "));
            },
            command -> command);
  }

  static SendPayment payment(String amount, Currency currency, int country) {
    return SendPayment.builder()
        .customerPhone(FakeSeed.AWA_PHONE)
        .amount(amount)
        .currency(currency)
        .countryId(country)
        .validate()
        .fold(
            violations -> {
              throw new IllegalArgumentException(violations.mkString("; "));
            },
            command -> command);
  }

  static SendPayment awaPays(String amount) {
    return payment(FakeSeed.AWA_PHONE, amount);
  }

  static TransactionStateQuery stateOf(TransactionId id) {
    return new TransactionStateQuery(id);
  }

  static CreateSubscription subscribe(String phone, String plan, String frequency, String start) {
    return CreateSubscription.of(phone, plan, frequency, start)
        .fold(
            violations -> {
              throw new IllegalArgumentException(violations.mkString("; "));
            },
            command -> command);
  }

  static DisableSubscription unsubscribe(PhoneNumber phone) {
    return new DisableSubscription(phone);
  }

  /** Returns the right side, failing the test with the error's message otherwise. */
  static <T> T right(Either<JemeniError, T> result) {
    if (result.isLeft()) {
      fail("expected success but got: " + result.getLeft().message());
    }
    return result.get();
  }

  /** Returns the left side, failing the test with the value otherwise. */
  static JemeniError left(Either<JemeniError, ?> result) {
    if (result.isRight()) {
      fail("expected an error but got: " + result.get());
    }
    return result.getLeft();
  }

  /** Returns the 4001 violations of a failed result, failing the test for any other outcome. */
  static List<Violation> violations(Either<JemeniError, ?> result) {
    JemeniError error = left(result);
    if (!(error instanceof ApiCodeError.InvalidInputData invalid)) {
      return fail("expected code 4001 but got: " + error.message());
    }
    return invalid.violations();
  }
}
