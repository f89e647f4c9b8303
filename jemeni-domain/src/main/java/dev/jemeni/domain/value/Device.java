package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of device a payment comes from, such as {@code android} or {@code web}.
 *
 * @param value the lower-case device name
 */
public record Device(String value) {

  private static final Pattern FORM = Pattern.compile("(?i)[a-z0-9][a-z0-9 ._-]{0,63}");

  /** Validates the form of the value and stores it in lower case. */
  public Device {
    Checks.require(problem(value));
    value = value.strip().toLowerCase(Locale.ROOT);
  }

  /** Returns the value, or a message naming the input and the expected form. */
  public static Validation<String, Device> of(String raw) {
    return Checks.validate(problem(raw), () -> new Device(raw));
  }

  @Override
  public String toString() {
    return value;
  }

  private static Option<String> problem(String raw) {
    Option<String> missing = Checks.nonBlank(raw, "device");
    if (missing.isDefined()) {
      return missing;
    }
    return FORM.matcher(raw.strip()).matches()
        ? Option.none()
        : Option.some(
            "device "
                + Checks.quote(raw)
                + " is invalid: use up to 64 letters, digits, spaces, dots, dashes or underscores, such as android");
  }
}
