package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency.
 *
 * <p>The amount is positive and has no more decimal places than the currency's minor unit allows,
 * so an XOF amount is a whole number. The stored amount is scaled to exactly the currency's minor
 * unit: {@code 1500.00} XOF becomes {@code 1500}.
 *
 * @param amount the positive amount, scaled to the currency's minor unit
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

  /**
   * The largest number of digits before the decimal point, a guard against a mistyped amount: the
   * API documents no maximum, and 15 digits exceed any mobile-money payment.
   */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** West African CFA franc, the currency of the Jemeni API. It has no minor unit. */
  public static final Currency XOF = Currency.getInstance("XOF");

  /** Digits with at most one decimal point, and no exponent. */
  private static final Pattern PLAIN_DECIMAL =
      Pattern.compile("[+-]?[0-9]*\\.?[0-9]+|[+-]?[0-9]+\\.");

  /** Validates and scales the amount to the currency's minor unit. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Checks.require(problem(amount, currency));
    amount = amount.setScale(fractionDigits(currency));
  }

  /** Returns the validated money, or a message naming the amount and the rule it broke. */
  public static Validation<String, Money> of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      return Validation.invalid("amount is missing: pass a positive amount");
    }
    return Checks.validate(problem(amount, currency), () -> new Money(amount, currency));
  }

  /**
   * Parses a plain decimal string such as {@code "5000"} or {@code "1500.00"}. Exponent notation
   * such as {@code "1E+3"} is rejected, because a stray exponent changes the amount by powers of
   * ten.
   */
  public static Validation<String, Money> parse(String amount, Currency currency) {
    Option<String> missing = Checks.nonBlank(amount, "amount");
    if (missing.isDefined()) {
      return Validation.invalid(missing.get());
    }
    if (!PLAIN_DECIMAL.matcher(amount.strip()).matches()) {
      return Validation.invalid(
          "amount " + Checks.quote(amount) + " is not a plain number: use digits such as 5000");
    }
    try {
      return of(new BigDecimal(amount.strip()), currency);
    } catch (NumberFormatException e) {
      return Validation.invalid(
          "amount " + Checks.quote(amount) + " is not a number: use digits such as 5000");
    }
  }

  /** Returns an XOF amount. */
  public static Money xof(long amount) {
    return new Money(BigDecimal.valueOf(amount), XOF);
  }

  /** Returns the amount without exponent, such as {@code 1000}, never {@code 1E+3}. */
  public String toPlainString() {
    return amount.toPlainString();
  }

  @Override
  public String toString() {
    return toPlainString() + " " + currency.getCurrencyCode();
  }

  private static Option<String> problem(BigDecimal amount, Currency currency) {
    String shown = amount.toPlainString() + " " + currency.getCurrencyCode();
    if (amount.signum() <= 0) {
      return Option.some("amount " + shown + " is invalid: use an amount greater than zero");
    }
    int integerDigits = amount.precision() - amount.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return Option.some(
          "amount "
              + shown
              + " is invalid: it has "
              + integerDigits
              + " digits before the decimal point, and at most "
              + MAX_INTEGER_DIGITS
              + " are accepted");
    }
    int digits = fractionDigits(currency);
    if (amount.stripTrailingZeros().scale() <= digits) {
      return Option.none();
    }
    if (digits == 0) {
      return Option.some(
          "amount "
              + shown
              + " is invalid: "
              + currency.getCurrencyCode()
              + " has no minor unit, so use a whole number");
    }
    return Option.some(
        "amount " + shown + " is invalid: use at most " + digits + " decimal places");
  }

  private static int fractionDigits(Currency currency) {
    // Pseudo-currencies such as XXX report -1: treat them as having no minor unit.
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }
}
