package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.value.PlanId;
import dev.jemeni.domain.value.SubscriptionId;
import dev.jemeni.domain.value.TransactionId;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the fields without which a response cannot become a domain record.
 *
 * <p>Each check returns the problem naming the field, such as {@code data.transaction_id is missing
 * or empty}, for a {@link dev.jemeni.domain.error.MalformedResponse}.
 */
final class RequiredFields {

  private RequiredFields() {}

  static Either<String, TransactionDto> transaction(TransactionDto data, FieldProblems problems) {
    if (data == null) {
      return Either.left(missing("data", problems));
    }
    return check(data.transactionId(), TransactionId::of, "data.transaction_id", problems)
        .map(valid -> data);
  }

  static Either<String, SubscriptionDto> subscription(
      SubscriptionDto data, FieldProblems problems) {
    if (data == null) {
      return Either.left(missing("data", problems));
    }
    return check(data.id(), SubscriptionId::of, "data.id", problems).map(valid -> data);
  }

  static Either<String, CustomerDto> customer(CustomerDto data, FieldProblems problems) {
    return data == null ? Either.left(missing("data", problems)) : Either.right(data);
  }

  static Either<String, List<PlanDto>> plans(List<PlanDto> data, FieldProblems problems) {
    if (data == null) {
      return Either.left(missing("data", problems));
    }
    for (int i = 0; i < data.size(); i++) {
      String path = "data[" + i + "]";
      PlanDto plan = data.get(i);
      Either<String, ?> checked =
          plan == null
              ? Either.left(missing(path, problems))
              : check(plan.id(), PlanId::of, path + ".id", problems);
      if (checked.isLeft()) {
        return Either.left(checked.getLeft());
      }
    }
    return Either.right(data);
  }

  private static <R, V> Either<String, V> check(
      R raw, Function<R, Validation<String, V>> validate, String path, FieldProblems problems) {
    if (raw == null) {
      return Either.left(missing(path, problems));
    }
    return validate.apply(raw).toEither().mapLeft(problem -> path + " is invalid: " + problem);
  }

  private static String missing(String path, FieldProblems problems) {
    return problems
        .at(path)
        .map(reason -> path + " is unreadable: " + reason)
        .getOrElse(path + " is missing or empty");
  }
}
