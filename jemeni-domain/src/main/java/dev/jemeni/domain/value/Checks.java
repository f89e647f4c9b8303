package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/** Shared plumbing between the throwing constructors and the validating factories. */
final class Checks {

  private Checks() {}

  /** Throws when {@code problem} is present, so constructors and factories share one rule. */
  static void require(Option<String> problem) {
    if (problem.isDefined()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  static <T> Validation<String, T> validate(Option<String> problem, Supplier<T> construct) {
    return problem.isDefined()
        ? Validation.invalid(problem.get())
        : Validation.valid(construct.get());
  }

  static Option<String> nonBlank(String raw, String name) {
    if (raw == null) {
      return Option.some(name + " is missing: pass a non-blank value");
    }
    if (raw.isBlank()) {
      return Option.some(name + " is blank: pass a non-blank value");
    }
    return Option.none();
  }

  static Option<String> noControlCharacters(String raw, String name) {
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isISOControl(raw.charAt(i))) {
        return Option.some(name + " contains a control character: remove it");
      }
    }
    return Option.none();
  }

  static Option<String> maxLength(String raw, int max, String name) {
    return raw.length() <= max
        ? Option.none()
        : Option.some(name + " has " + raw.length() + " characters: use at most " + max);
  }

  static Option<String> positive(long value, String name) {
    return value > 0
        ? Option.none()
        : Option.some(name + " " + value + " is invalid: use a positive number");
  }

  /** Quotes a rejected value for a message, cut short so a huge input cannot flood a log. */
  static String quote(String raw) {
    String shown = raw.length() > 64 ? raw.substring(0, 64) + "…" : raw;
    return "'" + shown + "'";
  }
}
