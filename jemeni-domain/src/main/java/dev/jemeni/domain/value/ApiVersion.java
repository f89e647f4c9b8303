package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The API version a payment is sent with, such as {@code v1}.
 *
 * @param value the lower-case version, such as {@code v1}
 */
public record ApiVersion(String value) {

  private static final Pattern FORM = Pattern.compile("(?i)v[0-9]{1,3}");

  /** Validates the form of the value and stores it in lower case. */
  public ApiVersion {
    Checks.require(problem(value));
    value = value.strip().toLowerCase(Locale.ROOT);
  }

  /** Returns the value, or a message naming the input and the expected form. */
  public static Validation<String, ApiVersion> of(String raw) {
    return Checks.validate(problem(raw), () -> new ApiVersion(raw));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String raw) {
    Option<String> missing = Checks.nonBlank(raw, "version");
    if (missing.isDefined()) {
      return missing;
    }
    return FORM.matcher(raw.strip()).matches()
        ? Option.none()
        : Option.some(
            "version "
                + Checks.quote(raw)
                + " is invalid: use the letter v and a number, such as v1");
  }
}
