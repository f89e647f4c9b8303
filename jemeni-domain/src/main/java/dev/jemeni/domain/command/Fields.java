package dev.jemeni.domain.command;

import dev.jemeni.domain.error.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;

/** Turns the value types' validations into field violations for the command factories. */
final class Fields {

  private Fields() {}

  static <T> Validation<Violation, T> required(
      String field, Object raw, Function<String, Validation<String, T>> parse) {
    if (raw == null) {
      return Validation.invalid(new Violation(field, field + " is missing: pass a value"));
    }
    return parse.apply(raw.toString()).mapError(message -> new Violation(field, message));
  }

  static <T> Validation<Violation, Option<T>> optional(
      String field, Object raw, Function<String, Validation<String, T>> parse) {
    if (raw == null) {
      return Validation.valid(Option.none());
    }
    return required(field, raw, parse).map(Option::some);
  }
}
