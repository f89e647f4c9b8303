package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language code for the customer's notification, such as {@code fr} or {@code bm}.
 *
 * @param value the lower-case ISO 639 code
 */
public record Language(String value) {

  private static final Pattern FORM = Pattern.compile("(?i)[a-z]{2,3}");

  /** Validates the form of the value and stores it in lower case. */
  public Language {
    Checks.require(problem(value));
    value = value.strip().toLowerCase(Locale.ROOT);
  }

  /** Returns the value, or a message naming the input and the expected form. */
  public static Validation<String, Language> of(String raw) {
    return Checks.validate(problem(raw), () -> new Language(raw));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String raw) {
    Option<String> missing = Checks.nonBlank(raw, "lang");
    if (missing.isDefined()) {
      return missing;
    }
    return FORM.matcher(raw.strip()).matches()
        ? Option.none()
        : Option.some(
            "lang "
                + Checks.quote(raw)
                + " is invalid: use a two- or three-letter ISO 639 code such as fr");
  }
}
