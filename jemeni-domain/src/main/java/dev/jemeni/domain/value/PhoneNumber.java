package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer's phone number, national ({@code 98745632}) or international ({@code +22398745632}).
 *
 * <p>Spaces, dots, dashes and brackets are stripped; what remains is an optional leading {@code +}
 * and 8 to 15 digits.
 *
 * @param value the normalized number, digits with an optional leading {@code +}
 */
public record PhoneNumber(String value) {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
  private static final Pattern NORMALIZED = Pattern.compile("\\+?[0-9]{8,15}");

  /** Normalizes and validates the number. */
  public PhoneNumber {
    Objects.requireNonNull(value, "value");
    Checks.require(problem(value));
    value = normalize(value);
  }

  /** Returns the normalized number, or a message naming the input and the rule it broke. */
  public static Validation<String, PhoneNumber> of(String raw) {
    return Checks.validate(problem(raw), () -> new PhoneNumber(raw));
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalize(String raw) {
    return SEPARATORS.matcher(raw).replaceAll("");
  }

  private static Option<String> problem(String raw) {
    Option<String> missing = Checks.nonBlank(raw, "phone number");
    if (missing.isDefined()) {
      return missing;
    }
    String normalized = normalize(raw);
    String digits = normalized.startsWith("+") ? normalized.substring(1) : normalized;
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Option.some(
          "phone number "
              + Checks.quote(raw)
              + " contains a character that is not a digit: use digits only, such as 98745632");
    }
    if (!NORMALIZED.matcher(normalized).matches()) {
      return Option.some(
          "phone number "
              + Checks.quote(raw)
              + " has "
              + digits.length()
              + (digits.length() == 1 ? " digit" : " digits")
              + ": use 8 to 15 digits");
    }
    return Option.none();
  }
}
