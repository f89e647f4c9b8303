package dev.jemeni.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jemeni.domain.model.PaymentStatus;
import dev.jemeni.domain.value.CustomerId;
import dev.jemeni.domain.value.Money;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/** The {@code data} object of a payment event, validated field by field. */
record PaymentFields(
    TransactionId transactionId,
    Money amount,
    PaymentStatus status,
    Option<CustomerId> customerId) {

  /** Reads the fields, or returns every missing or invalid one, separated by semicolons. */
  static Either<String, PaymentFields> parse(JsonNode data) {
    if (!data.isObject()) {
      return Either.left("data is missing or not an object: a payment event needs it");
    }
    return Validation.combine(
            validation(transactionId(data)),
            validation(amount(data)),
            validation(status(data)),
            validation(customerId(data)))
        .ap(PaymentFields::new)
        .toEither()
        .mapLeft(problems -> problems.mkString("; "));
  }

  PaymentSucceeded succeeded(Instant timestamp) {
    return new PaymentSucceeded(transactionId, amount, status, customerId, timestamp);
  }

  PaymentFailed failed(Instant timestamp) {
    return new PaymentFailed(transactionId, amount, status, customerId, timestamp);
  }

  private static Either<String, TransactionId> transactionId(JsonNode data) {
    return JsonFields.optionalId(data, "transaction_id")
        .flatMap(id -> id.toEither("data.transaction_id is missing: a payment event needs it"))
        .flatMap(id -> TransactionId.of(id).toEither().mapLeft(problem -> "data." + problem));
  }

  private static Either<String, Money> amount(JsonNode data) {
    JsonNode amount = data.get("amount");
    if (amount == null || !(amount.isNumber() || amount.isTextual())) {
      return Either.left("data.amount is missing: expected a number such as 1000");
    }
    return currency(data).flatMap(currency -> money(amount, currency));
  }

  private static Either<String, Money> money(JsonNode amount, Currency currency) {
    Validation<String, Money> money =
        amount.isNumber()
            ? Money.of(amount.decimalValue(), currency)
            : Money.parse(amount.asText(), currency);
    return money.toEither().mapLeft(problem -> "data." + problem);
  }

  private static Either<String, Currency> currency(JsonNode data) {
    return JsonFields.requiredText(data, "currency")
        .mapLeft(problem -> "data." + problem)
        .flatMap(PaymentFields::currencyOf);
  }

  private static Either<String, Currency> currencyOf(String code) {
    try {
      return Either.right(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Either.left(
          "data.currency " + JsonFields.quote(code) + " is not an ISO 4217 code such as XOF");
    }
  }

  private static Either<String, PaymentStatus> status(JsonNode data) {
    return JsonFields.requiredText(data, "status")
        .mapLeft(problem -> "data." + problem)
        .map(PaymentStatus::new);
  }

  private static Either<String, Option<CustomerId>> customerId(JsonNode data) {
    return JsonFields.optionalId(data, "customer_id")
        .mapLeft(problem -> "data." + problem)
        .flatMap(id -> id.isEmpty() ? Either.right(Option.none()) : customer(id.get()));
  }

  private static <T> Validation<String, T> validation(Either<String, T> field) {
    return Validation.fromEither(field);
  }

  private static Either<String, Option<CustomerId>> customer(String id) {
    return CustomerId.of(id).toEither().map(Option::some).mapLeft(problem -> "data." + problem);
  }
}
